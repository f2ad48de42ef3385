package kam.review.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The quarter's results as one self-contained HTML page for the executive meeting: no script, no external file; the
 * charts are inline SVG (score per account with its trend, reviews held and missed, revenue concentration). The page
 * is the template templates/QuarterlyHtml/page.html, which escapes every value (XmlEscaper) and parses as XML too.
 */
@ApplicationScoped
public class QuarterlyHtml {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(QuarterlyPage page);
    }

    public String of(QuarterlyResults results) {
        return Templates.page(QuarterlyPage.of(results)).render();
    }
}
