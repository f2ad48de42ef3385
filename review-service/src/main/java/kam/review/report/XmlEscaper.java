package kam.review.report;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import kam.platform.web.Xml;

/**
 * Every value an HTML or XML template writes goes through the platform's one escape, which also leaves out the
 * control characters XML forbids (Qute's own HTML escaper lets them through, and the page would not parse as XML).
 * It takes precedence over Qute's escaper for the same templates; {@code .raw} still writes a value as it is.
 */
@ApplicationScoped
public class XmlEscaper implements ResultMapper {
    private static final Set<String> ESCAPED =
            Set.of(Variant.TEXT_HTML, Variant.TEXT_XML, "application/xml", "application/xhtml+xml");

    void register(@Observes EngineBuilder engine) {
        engine.addResultMapper(this);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 10;
    }

    @Override
    public boolean appliesTo(TemplateNode.Origin origin, Object result) {
        return !(result instanceof RawString)
                && origin.getVariant()
                        .map(variant -> ESCAPED.contains(variant.getContentType()))
                        .orElse(false);
    }

    @Override
    public String map(Object result, Expression expression) {
        return Xml.escape(result.toString());
    }
}
