package kam.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one platform every system test class runs against: started by the first class that needs it and stopped once
 * all have run (JUnit closes what its root store holds), so that each class costs no start of its own and none
 * depends on which ran before it.
 */
public final class SharedPlatform implements BeforeAllCallback {
    private static volatile Running running;

    /** The platform, its gateway's client, and a kam-admin's token. */
    record Running(SystemPlatform platform, Api api, String admin) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    private static Running start() {
        SystemPlatform platform = new SystemPlatform();
        return new Running(platform, new Api(platform.gateway()), platform.bearer("ada", "kam-admin"));
    }

    static SystemPlatform platform() {
        return running.platform();
    }

    static Api api() {
        return running.api();
    }

    static String admin() {
        return running.admin();
    }
}
