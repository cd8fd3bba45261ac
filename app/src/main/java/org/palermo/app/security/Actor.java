package org.palermo.app.security;

import org.springframework.security.core.Authentication;

/** Who made a request, as the audit log names them: the account, and the token when one was used. */
public record Actor(String username, Long tokenId) {

    public static Actor of(Authentication authentication) {
        if (authentication == null) {
            return new Actor("anonymous", null);
        }
        if (authentication.getDetails() instanceof TokenHolder holder) {
            return new Actor(holder.username(), holder.tokenId());
        }
        return new Actor(authentication.getName(), null);
    }

    public static Actor cli(String username) {
        return new Actor("cli:" + username, null);
    }

    public String describe() {
        return tokenId == null ? username : username + " (token " + tokenId + ")";
    }
}
