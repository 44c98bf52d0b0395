package org.shopdb.core.internal.auth;

import java.security.SecureRandom;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves {@code etc/org.shopdb.auth.cfg} and the environment into {@link AuthSettings},
 * once per configuration: a generated secret is made here, once, and shared by everything
 * that signs or checks tokens.
 */
@Component(service = AuthConfiguration.class, configurationPid = AuthConfig.PID)
@Designate(ocd = AuthConfig.class)
public class AuthConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AuthConfiguration.class);

    private final AuthSettings settings;

    @Activate
    public AuthConfiguration(AuthConfig config) {
        this.settings = AuthSettings.resolve(config, System::getenv, new SecureRandom());
        String configured = AuthSettings.configuredSecret(config, System::getenv);
        if (configured != null && AuthSettings.isTooShort(configured)) {
            LOG.error("{} (jwtSecret in etc/{}.cfg) is too short and is IGNORED: it needs at least {} characters, e.g. the "
                    + "output of 'openssl rand -base64 48'. Tokens are signed with a random secret made for this start.",
                    AuthSettings.ENV_JWT_SECRET, AuthConfig.PID, AuthSettings.MIN_SECRET_BYTES);
        } else if (settings.secretGenerated()) {
            LOG.warn("No {} configured: tokens are signed with a random secret made for this start, so a restart logs "
                    + "every user out and instances cannot share tokens. Set it (at least {} characters) in production.",
                    AuthSettings.ENV_JWT_SECRET, AuthSettings.MIN_SECRET_BYTES);
        }
        if (settings.corsOrigins().wildcardIgnored()) {
            LOG.warn("{} contains '*': IGNORED. Browsers never accept '*' with credentials, and ShopDB always uses them "
                    + "(token cookie, Authorization header). List the exact origins of your web clients instead, e.g. "
                    + "https://shopdb.example.com", AuthSettings.ENV_CORS_ORIGINS);
        }
        LOG.info("ShopDB authentication: {}", settings);
    }

    public AuthSettings settings() {
        return settings;
    }
}
