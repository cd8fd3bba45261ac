package org.palermo.app.console;

import org.palermo.app.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security's form login handles {@code POST /login} and sends people to {@code /console}. */
@Controller
class LoginController {

    @GetMapping("/login")
    @PreAuthorize(Access.ANYONE)
    String login() {
        return "console/login";
    }
}
