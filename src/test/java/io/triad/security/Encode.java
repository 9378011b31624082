package io.triad.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Percent-encoding and form bodies that carry anything, byte for byte: a lone surrogate (which UTF-8 cannot encode) is
 * sent as its three-byte "WTF-8" form, which is invalid UTF-8 for the server to refuse, where a standard encoder would
 * quietly replace it by '?'.
 */
final class Encode {
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private Encode() {
    }

    /** A path segment or a query parameter's name or value. */
    static String component(String text) {
        return percent(bytes(text));
    }

    static String percent(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** UTF-8, except that a lone surrogate becomes its (invalid) three-byte form instead of '?'. */
    static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i += 2;
            } else if (Character.isSurrogate(c)) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
                i++;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                i++;
            }
        }
        return out.toByteArray();
    }

    /** {@code ?a=1&b=2}, each part encoded; "" without parameters. */
    static String query(List<Map.Entry<String, String>> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("?");
        for (Map.Entry<String, String> p : params) {
            out.append(out.length() > 1 ? "&" : "").append(component(p.getKey())).append('=')
                    .append(component(p.getValue()));
        }
        return out.toString();
    }

    /** An {@code application/x-www-form-urlencoded} body. */
    static byte[] form(List<Map.Entry<String, String>> fields) {
        return query(fields).replaceFirst("^\\?", "").getBytes(StandardCharsets.US_ASCII);
    }

    /** A {@code multipart/form-data} body: text parts, then a file part when {@code file} is not null. */
    static byte[] multipart(String boundary, List<Map.Entry<String, String>> parts, String fileName, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> part : parts) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                    + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes(part.getValue()));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (file != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
