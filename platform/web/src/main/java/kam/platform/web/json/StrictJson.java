package kam.platform.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies are read strictly, as their schemas say, so that nothing a client sent is silently changed or
 * guessed at: a fraction where a whole number belongs (Jackson would drop the fraction), text where a whole number
 * or true/false belongs ("-1", "yes"), "NaN", an empty string where a date, UUID or choice belongs (Jackson would
 * make it null), a number too large for a double (1e400 would become Infinity), and text holding U+0000, which
 * PostgreSQL cannot store (it failed the insert with a 500), and anything after the body's one value ({@code {} {}}:
 * Jackson would read the first and ignore the rest). Unknown members are refused by configuration.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    public static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";
    public static final String NOT_FINITE_MESSAGE = "must be a finite number";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Decimals may come as text ("1234.50"), as money often does to keep its digits; counts and flags may not.
        for (LogicalType countOrFlag : new LogicalType[] {LogicalType.Integer, LogicalType.Boolean}) {
            mapper.coercionConfigFor(countOrFlag).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        mapper.registerModule(new SimpleModule("kam-strict")
                .addDeserializer(String.class, new NoNulText())
                .addDeserializer(Double.class, new FiniteDouble(Double.class))
                .addDeserializer(double.class, new FiniteDouble(double.class)));
    }

    /** Jackson's own reading of a double, refusing what is too large for one (and so became infinite). */
    static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {
        FiniteDouble(Class<Double> type) {
            super(type, type.isPrimitive() ? 0.0 : null);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw InvalidFormatException.from(parser, NOT_FINITE_MESSAGE, value, Double.class);
            }
            return value;
        }
    }

    /** Jackson's own text reading, refusing U+0000. */
    static final class NoNulText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, NUL_MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
