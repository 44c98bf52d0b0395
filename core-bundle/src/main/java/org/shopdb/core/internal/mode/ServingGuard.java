package org.shopdb.core.internal.mode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.shopdb.core.internal.auth.AuthConfig;
import org.shopdb.core.internal.db.DatabaseConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides at start whether ShopDB may serve: in production mode a configuration that
 * fails {@link ProductionChecks} makes the whole API answer 503 and health report DOWN,
 * with one ERROR line per problem in the log. An unknown {@value RuntimeMode#ENV_MODE} is
 * refused in any mode, since guessing could switch the checks off.
 */
@Component(service = ServingGuard.class, configurationPid = { AuthConfig.PID, DatabaseConfig.PID })
public class ServingGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ServingGuard.class);

    private final Function<String, String> env;
    private volatile List<ConfigurationProblem> problems = List.of();

    public ServingGuard() {
        this(System::getenv);
    }

    ServingGuard(Function<String, String> env) {
        this.env = env;
    }

    @Activate
    @Modified
    void evaluate(Map<String, Object> properties) {
        problems = problemsOf(new ConfigurationSource(env, properties));
        problems.forEach(problem -> LOG.error("Refusing to serve: {}", problem));
        if (!problems.isEmpty()) {
            LOG.error("ShopDB answers 503 until the {} problem(s) above are fixed and it is restarted", problems.size());
        }
    }

    private List<ConfigurationProblem> problemsOf(ConfigurationSource settings) {
        String rawMode = env.apply(RuntimeMode.ENV_MODE);
        Optional<RuntimeMode> mode = RuntimeMode.parse(rawMode);
        if (mode.isEmpty()) {
            return List.of(new ConfigurationProblem(RuntimeMode.ENV_MODE,
                    "is '" + rawMode.trim() + "'; use production, or development (the default)"));
        }
        return mode.get() == RuntimeMode.PRODUCTION ? ProductionChecks.check(settings) : List.of();
    }

    public List<ConfigurationProblem> problems() {
        return problems;
    }

    /** Why ShopDB refuses to serve, naming the variables to fix; empty when it serves. */
    public Optional<String> refusal() {
        List<ConfigurationProblem> current = problems;
        if (current.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("configuration invalid for production, fix "
                + current.stream().map(ConfigurationProblem::variable).distinct().collect(Collectors.joining(", "))
                + " (details in the log)");
    }
}
