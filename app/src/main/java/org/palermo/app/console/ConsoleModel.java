package org.palermo.app.console;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page's layout needs: the {@link Viewer} (navigation by role, the name in the header) and
 * {@link Formats} ({@code ${fmt.time(instant)}}).
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        return Viewer.of(authentication);
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return FORMATS;
    }

    private static final Formats FORMATS = new Formats();
}
