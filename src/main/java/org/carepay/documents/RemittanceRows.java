package org.carepay.documents;

import java.time.LocalDate;

import org.carepay.output.CopyCsv;

/**
 * The rows of every provider's remittance advice in a payment run, as one query (docs/payment-runs.md,
 * remittances): what was paid, line by line, with the client's name, the visit's start, the units in words
 * and the rate that priced them; the corrections of released weeks and the recoveries carried, with their
 * reasons; then what was not paid, paid in part or held, with the value not paid. The {@code amount} column
 * holds only money paid, so it sums to the payment. Names and rates come from the reference snapshots the run
 * read (its run_input), a visit's start from its VISIT line, invoice numbers from the input line each payment
 * line names; no council staff name is shown (a held request's detail names its requester and approver: the
 * remittance says only what it waits for).
 */
final class RemittanceRows {

    private static final String QUERY = """
            with input as (
                select f.id, f.path, f.kind from run_input i join inbox_file f on f.id = i.file_id where i.run_id = %1$s),
            client_name as (
                select client_id, forename || ' ' || surname as name from client
                where file_id = (select id from input where kind = 'CLIENTS')),
            terms as (
                select package_id, unit, unit_rate, planned_units_per_week, payment_method from package
                where file_id = (select id from input where kind = 'PACKAGES')),
            framework as (
                select provider_id, service_type, effective_from, unit_rate,
                       lead(effective_from) over (partition by provider_id, service_type order by effective_from) until
                from rate where file_id = (select id from input where kind = 'RATES')),
            rows as (
                select l.provider_id, case when l.line_type in ('ADJUSTMENT', 'CARRIED_RECOVERY') then 2 else 1 end part,
                       case when l.line_type in ('ADJUSTMENT', 'CARRIED_RECOVERY') then 'CORRECTION' else 'PAID' end section,
                       l.client_id, l.package_id, l.service_type, l.week_start, l.service_date::text service_date,
                       to_char(l.actual_start, 'HH24:MI') start_time, trim_scale(l.paid_units)::text units,
                       case l.line_type when 'VISIT' then 'carer-minutes' when 'SCHEDULED' then 'days of 7'
                            when 'INVOICE' then lower(t.unit) || 's' end unit,
                       case l.line_type when 'VISIT' then coalesce(t.unit_rate, r.unit_rate)
                            when 'SCHEDULED' then coalesce(t.unit_rate, r.unit_rate) * t.planned_units_per_week
                            when 'INVOICE' then n.unit_rate end rate,
                       case l.line_type when 'VISIT' then 'hour' when 'SCHEDULED' then 'week'
                            when 'INVOICE' then lower(t.unit) end rate_per,
                       l.amount::text amount, null not_paid,
                       case when l.line_type in ('ADJUSTMENT', 'CARRIED_RECOVERY') then l.detail
                            when l.line_type = 'SCHEDULED' and t.payment_method = 'NET'
                            then 'net of the resident''s assessed contribution'
                            when l.line_type = 'INVOICE' then 'period ' || n.period_start || ' to ' || n.period_end
                            when l.line_type = 'ADHOC' then lower(replace(q.request_type, '_', ' ')) end reason,
                       case l.line_type when 'ADJUSTMENT' then 'corrects ' || l.source_path
                            when 'INVOICE' then 'invoice ' || n.invoice_no when 'ADHOC' then 'request ' || q.request_id
                            else %2$s end your_reference,
                       l.line_type = 'CARRIED_RECOVERY' carried, l.source_path, l.source_record, null code
                -- The lines in the order of their input files first: a cheap sort of two keys that leaves the final
                -- sort's input almost in its order (a return's records run client by client); the query takes
                -- 8.5 s instead of 12 s at a million lines.
                from (select * from payment_line where run_id = %1$s order by source_path collate "C", source_record) l
                left join terms t on t.package_id = l.package_id
                left join input f on f.path = l.source_path and l.line_type in ('VISIT', 'INVOICE', 'ADHOC')
                left join invoice_line n on l.line_type = 'INVOICE' and n.file_id = f.id and n.record_no = l.source_record
                left join payment_request q on l.line_type = 'ADHOC' and q.file_id = f.id and q.record_no = l.source_record
                left join framework r on l.line_type in ('VISIT', 'SCHEDULED') and r.provider_id = l.provider_id
                    and r.service_type = l.service_type
                    and r.effective_from <= coalesce(l.service_date, l.week_start)
                    and (r.until is null or r.until > coalesce(l.service_date, l.week_start + 6))
                union all
                select e.provider_id, 3, case when e.severity = 'REFUSED' then 'NOT_PAID'
                               when e.severity = 'HELD' or e.code = 'AWAITING_WEEK' then 'LATER' else 'REDUCED' end,
                       e.client_id, e.package_id, null, null, e.service_date, null, null, null, null, null, null,
                       e.amount_not_paid::text,
                       e.code || ': ' || case e.code when 'AWAITING_APPROVAL' then 'awaiting the council''s approval'
                                                     when 'SELF_APPROVED' then 'awaiting a second approval by the council'
                                                     else e.detail end,
                       %5$s, false, e.source_path, e.source_record, e.code
                from run_exception e where e.run_id = %1$s and e.provider_id is not null)
            select rows.provider_id, %3$s || rows.provider_id remittance_ref, %4$s payment_date, section, excel_safe(rows.client_id) client_id,
                   excel_safe(c.name) client_name, excel_safe(package_id) package_id,
                   lower(replace(service_type, '_', ' ')) service, week_start::text week_start, service_date,
                   start_time, units, unit, (case when scale(trim_scale(rate)) <= 2 then round(rate, 2) else trim_scale(rate) end)::text rate, rate_per, amount, not_paid, excel_safe(reason) reason,
                   excel_safe(your_reference) your_reference
            from rows left join client_name c on c.client_id = rows.client_id
            order by rows.provider_id collate "C", part, section, carried, coalesce(rows.client_id, '') collate "C", coalesce(package_id, '') collate "C",
                     week_start nulls first, service_date nulls first, source_path collate "C",
                     source_record nulls first, code collate "C\"""";

    /** A line's input as its provider knows it: "P01-2026-11-16.csv row 7"; nothing for a reference row. */
    private static String inputLine(String alias) {
        String path = alias + ".source_path";
        String record = alias + ".source_record";
        return "case when " + path + " not like 'reference/%' and " + record + " is not null then substr(" + path
                + ", strpos(" + path + ", '/') + 1) || ' row ' || " + record + " end";
    }

    private RemittanceRows() {
    }

    /**
     * The select of every remittance of the run, provider after provider, each row led by its provider's id
     * (COPY takes no parameters: every value is a literal).
     *
     * @param refPrefix the remittance reference without the provider ("HC261116-1/")
     */
    static String select(String runId, String refPrefix, LocalDate paymentDate) {
        return QUERY.formatted(CopyCsv.literal(runId), inputLine("l"), CopyCsv.literal(refPrefix),
                CopyCsv.literal(paymentDate.toString()), inputLine("e"));
    }
}
