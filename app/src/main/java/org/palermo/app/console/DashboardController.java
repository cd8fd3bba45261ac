package org.palermo.app.console;

import org.palermo.app.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page, where a person lands after signing in. What it shows depends on the role. */
@Controller
class DashboardController {

    @GetMapping("/console")
    @PreAuthorize(Access.SIGNED_IN)
    String dashboard(Model model) {
        return "console/dashboard";
    }
}
