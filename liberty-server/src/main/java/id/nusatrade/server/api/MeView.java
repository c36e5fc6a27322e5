package id.nusatrade.server.api;

import java.util.List;

/** Who the token says the caller is, plus their user record when the tenant has one. */
public record MeView(String username, String tenantId, List<String> roles, UserView user) {}
