package org.chronomap.events.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids derive from the text, so that posting the same text again finds the same article
 * (idempotent ingest) and concurrent posts of one text collide on the primary key instead of
 * creating two rows.
 */
public final class ArticleId {

    /** 128 bits of SHA-256 as 32 hex digits: collisions are not a practical concern. */
    private static final int HEX_LENGTH = 32;

    private ArticleId() {
    }

    /** Whether {@code id} has the form {@link #of} gives: 32 lower-case hex digits. */
    public static boolean isWellFormed(String id) {
        return id.length() == HEX_LENGTH && id.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
