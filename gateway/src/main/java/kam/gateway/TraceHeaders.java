package kam.gateway;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id and the W3C trace context a request carries to the backends. A client's X-Request-Id is kept when
 * it looks like an id; a traceparent is continued with a new parent id for the gateway's hop, or started.
 */
public final class TraceHeaders {
    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACEPARENT_FORMAT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TraceHeaders() {}

    public static String requestId(String incoming) {
        return incoming != null && SAFE_ID.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    /** The traceparent for the backend: the same trace, the gateway's span as parent. */
    public static String traceparent(String incoming) {
        var m = incoming == null ? null : TRACEPARENT_FORMAT.matcher(incoming.strip());
        if (m != null && m.matches() && !m.group(1).equals("ff") && !allZero(m.group(2)) && !allZero(m.group(3))) {
            return "00-" + m.group(2) + "-" + randomHex(8) + "-" + m.group(4);
        }
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    private static boolean allZero(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HEX.formatHex(value);
    }
}
