package org.carepay.output;

import java.nio.charset.StandardCharsets;

/**
 * The name of a file written for one id (a client's statement, a provider's remittance): the id itself when it
 * holds only ASCII letters, digits, '-' and '_'; else each other character's UTF-8 bytes as %XX, '%' among
 * them. So no two ids share a file (Z/1 is Z%2F1, Z_1 stays Z_1), no name leaves its folder or hides as a
 * dot file, and the id is read back from the name by percent-decoding it.
 */
public final class FileNames {

    private FileNames() {
    }

    public static String of(String id) {
        StringBuilder name = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                name.append((char) c);
            } else {
                name.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return name.toString();
    }
}
