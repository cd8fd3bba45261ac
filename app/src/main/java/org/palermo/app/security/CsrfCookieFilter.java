package org.palermo.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes sure a browser session always has its {@code XSRF-TOKEN} cookie, so the interactive API page (Swagger UI)
 * can send the token back as {@code X-XSRF-TOKEN}. Spring Security otherwise writes the cookie only when a page
 * asks for the token. Requests with an API token get no cookie.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!BearerTokenFilter.carriesToken(request) && request.getAttribute(CsrfToken.class.getName())
                instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
