package kam.platform.web.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. {@code nextCursor} is null on the last page; pass it back as {@code cursor} for the next. */
public record Page<T>(
        List<T> items,

        @Schema(description = "Opaque; absent on the last page.", nullable = true)
        String nextCursor) {}
