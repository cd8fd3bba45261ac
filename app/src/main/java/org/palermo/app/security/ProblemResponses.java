package org.palermo.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401, 403 and 429 from the security filters, written as RFC 9457 problem details like every other API error. */
final class ProblemResponses {

    private final ObjectMapper mapper;

    ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Unauthenticated", "Sign in, or send a valid API token as 'Authorization: Bearer <token>'.");
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                write(response, HttpStatus.FORBIDDEN, "csrf", "Missing or invalid CSRF token",
                        "A signed-in browser must send the CSRF token (header X-XSRF-TOKEN with the XSRF-TOKEN cookie's value, or form parameter _csrf).");
            } else {
                write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "Your role or token scope does not allow this request.");
            }
        };
    }

    void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://palermo.invalid/problems/" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
