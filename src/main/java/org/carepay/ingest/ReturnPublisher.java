package org.carepay.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes in a loaded provider return as the one that counts for its provider and week, replacing an
 * earlier one, or rejects it whole: MIXED_RETURN, INVALID_WEEK, UNKNOWN_PROVIDER (formats.md).
 */
@Component
class ReturnPublisher {

    private final JdbcTemplate jdbc;
    private final InboxStore store;

    ReturnPublisher(JdbcTemplate jdbc, InboxStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** @return why the file is rejected, or empty when it was taken in */
    /** @param lineKeys the provider-weeks its lines name, in code point order ("" for unreadable lines) */
    Optional<Rejection> publish(InboxFile file, int lineCount, Collection<String> lineKeys) {
        List<String> keys = lineKeys.stream().filter(key -> !key.isEmpty()).limit(3).toList();
        if (keys.size() > 1) {
            return reject("MIXED_RETURN", null, "the lines do not all name the same provider and week: "
                    + String.join("; ", keys.stream().map(ReturnPublisher::describe).toList()));
        }
        if (keys.isEmpty()) {
            store.takeIn(file, lineCount, null); // a header and no lines: valid, nothing to take in
            return Optional.empty();
        }
        String key = keys.get(0);
        if (key.startsWith(ReturnKey.NO_WEEK)) {
            return reject("INVALID_WEEK", null, "week_start is empty or not a date");
        }
        if (key.startsWith(ReturnKey.NO_PROVIDER)) {
            return reject("UNKNOWN_PROVIDER", null, "provider_id is empty");
        }
        String provider = key.substring(0, key.lastIndexOf('|'));
        LocalDate week = LocalDate.parse(key.substring(key.lastIndexOf('|') + 1));
        if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            return reject("INVALID_WEEK", provider, "week_start " + week + " is not a Monday");
        }
        if (!isKnownProvider(provider)) {
            return reject("UNKNOWN_PROVIDER", provider, "provider_id " + provider + " is not in providers.csv");
        }
        Long replaced = jdbc.queryForList("""
                with earlier as (select file_id from return_week where provider_id = ? and week_start = ?),
                     now as (insert into return_week (provider_id, week_start, file_id) values (?, ?, ?)
                             on conflict (provider_id, week_start) do update set file_id = excluded.file_id)
                select file_id from earlier""", Long.class, provider, week, provider, week, file.id())
                .stream().findFirst().orElse(null);
        store.takeIn(file, lineCount, replaced);
        return Optional.empty();
    }

    private boolean isKnownProvider(String provider) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from provider where provider_id = ? and file_id = (select id from inbox_file
                  where kind = 'PROVIDERS' and status = 'TAKEN_IN' order by taken_in_seq desc limit 1))""",
                Boolean.class, provider));
    }

    private static String describe(String key) {
        if (key.startsWith(ReturnKey.MALFORMED)) {
            return "record " + key.substring(2) + " has an empty or malformed provider_id or week_start";
        }
        return key.replace('|', ' ');
    }

    private static Optional<Rejection> reject(String code, String providerId, String detail) {
        return Optional.of(new Rejection(code, providerId, detail));
    }

    /** A return rejected whole; providerId is the one provider it names, where it names one. */
    record Rejection(String code, String providerId, String detail) {
    }
}
