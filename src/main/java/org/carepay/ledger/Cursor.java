package org.carepay.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.RowMapper;

/** Rows of an open result set, one at a time, with a look at the next before taking it. */
public final class Cursor<T> {

    private final ResultSet rows;
    private final RowMapper<T> mapper;
    private T next;
    private int read;

    Cursor(ResultSet rows, RowMapper<T> mapper) throws SQLException {
        this.rows = rows;
        this.mapper = mapper;
        advance();
    }

    /** The next row without taking it; null once every row was taken. */
    public T peek() {
        return next;
    }

    /** Takes the next row; null once every row was taken. */
    public T next() throws SQLException {
        T taken = next;
        advance();
        return taken;
    }

    private void advance() throws SQLException {
        next = rows.next() ? mapper.mapRow(rows, read++) : null;
    }
}
