package id.nusatrade.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1: {@code /api/v1/...}, authenticated by Keycloak-issued JWTs. */
@ApplicationPath("v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "nusatrade")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Nusatrade API",
            version = "1",
            description = "Tenants, users and (later) signals, positions and subscriptions."))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "Access token from the nusatrade Keycloak realm")
public class NusatradeApi extends Application {}
