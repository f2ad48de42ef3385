package kam.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts {@link ApiAnswers} in front of every REST Assured call of every {@code @QuarkusTest} of a service, against the
 * document committed for it: the build's {@value #DOCUMENT_PROPERTY} (each module's {@code openapi/<artifactId>.json},
 * set in the parent pom). A module without such a document, the gateway's for one, is not held to it here.
 */
public class ApiAnswersCallback implements QuarkusTestBeforeClassCallback {
    public static final String DOCUMENT_PROPERTY = "kam.openapi.document";

    @Override
    public void beforeClass(Class<?> testClass) {
        String document = System.getProperty(DOCUMENT_PROPERTY);
        if (document == null || !Files.isRegularFile(Path.of(document))) {
            return;
        }
        // REST Assured's filters are static: add ours once per class loader that runs the tests.
        if (RestAssured.filters().stream().noneMatch(ApiAnswers.class::isInstance)) {
            RestAssured.filters(ApiAnswers.of(Path.of(document)));
        }
    }
}
