package org.chronomap.testsupport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Random;

/** The plumbing every service's hostile-input fuzz test needs: random picks, JSON literals, a tolerant send. */
public final class Fuzz {

    private Fuzz() {
    }

    public static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    public static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * A JSON string literal of any Java string. A lone surrogate cannot be written as UTF-8, so it becomes a
     * \\u escape, which the service's JSON parser decodes back into it: the service sees the bad text.
     */
    public static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** At most 300 characters of a request or an answer, for a failure message. */
    public static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /**
     * Vert.x closes the connection after answering a request line it refuses (414, 431); a pooled connection
     * can then be stale for the next request. One retry on a fresh client separates that from a service that
     * really drops a request; a request that timed out is not retried.
     */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException slow) {
            throw slow;
        } catch (IOException stale) {
            HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            return fresh.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
