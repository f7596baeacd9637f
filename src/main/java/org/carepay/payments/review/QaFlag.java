package org.carepay.payments.review;

import java.util.Comparator;
import java.util.Objects;

/** One R8 flag on a provider of a proposed run, with a detail the officer can check by hand. */
public record QaFlag(QaFlagCode code, String providerId, String detail) {

    /** The order of both review files: provider id, then code order, then detail (text by code point). */
    public static final Comparator<QaFlag> ORDER = Comparator
            .comparing(QaFlag::providerId, Text.CODE_POINT_ORDER)
            .thenComparing(QaFlag::code)
            .thenComparing(QaFlag::detail, Text.CODE_POINT_ORDER);

    public QaFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(detail, "detail");
    }
}
