package kam.platform.web.bulk;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** The formats bulk data travels in, both ways: CSV with a header line, and NDJSON (one JSON object a line). */
public enum BulkFormat {
    CSV(BulkFormat.CSV_TYPE),
    NDJSON(BulkFormat.NDJSON_TYPE);

    public static final String CSV_TYPE = "text/csv";
    public static final String NDJSON_TYPE = "application/x-ndjson";

    private final String mediaType;

    BulkFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format an export answers in: the first the caller accepts; NDJSON when any will do. */
    public static BulkFormat accepted(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            Optional<BulkFormat> format = of(type);
            if (format.isPresent()) {
                return format.get();
            }
        }
        return NDJSON;
    }

    public static Optional<BulkFormat> of(MediaType type) {
        if (type == null) {
            return Optional.empty();
        }
        String essence = type.getType() + "/" + type.getSubtype();
        for (BulkFormat format : values()) {
            if (format.mediaType.equalsIgnoreCase(essence)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
