package kam.account.dmu;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.Problem;
import kam.platform.web.problem.ProblemException;

/** The DMU attributes a kam-admin defines, and the check of a stakeholder's values against them. */
@ApplicationScoped
public class DmuAttributes {
    private final DmuAttributeRepository attributes;
    private final Clock clock;

    public DmuAttributes(DmuAttributeRepository attributes, Clock clock) {
        this.attributes = attributes;
        this.clock = clock;
    }

    public List<DmuAttribute> all() {
        return attributes.listAll(Sort.by("name"));
    }

    /** Defines a new attribute (no If-Match) or redefines one (If-Match of its current version). */
    @Transactional
    public DmuAttribute define(
            String name, String ifMatch, DmuAttributeType type, List<String> allowedValues, String description) {
        if (type == DmuAttributeType.CHOICE && allowedValues.isEmpty()) {
            throw ProblemException.invalid("allowedValues", "body", "a CHOICE attribute needs its allowed values");
        }
        if (type != DmuAttributeType.CHOICE && !allowedValues.isEmpty()) {
            throw ProblemException.invalid("allowedValues", "body", "only a CHOICE attribute has allowed values");
        }
        DmuAttribute attribute = attributes.findById(name);
        Instant now = clock.instant();
        if (attribute == null) {
            attribute = DmuAttribute.define(name, now);
            attribute.describe(type, allowedValues, description, now);
            attributes.persist(attribute);
        } else {
            Preconditions.requireIfMatch(ifMatch, attribute.version());
            attribute.describe(type, allowedValues, description, now);
        }
        attributes.flush();
        return attribute;
    }

    /** 400 naming each attribute that is not defined or whose value does not fit its definition. */
    public void requireValid(Map<String, Object> values) {
        List<Problem.Violation> violations = new ArrayList<>();
        values.forEach((name, value) -> {
            DmuAttribute attribute = attributes.findById(name);
            String problem = attribute == null ? "is not a defined DMU attribute" : attribute.problemWith(value);
            if (problem != null) {
                violations.add(new Problem.Violation("attributes." + name, "body", problem));
            }
        });
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "some DMU attributes are wrong", violations);
        }
    }
}
