package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.palermo.app.security.Role;

class SigningInBrowserIT extends BrowserTest {

    @Test
    void aPersonWithTheRightPasswordLandsOnTheDashboard() {
        String username = newAccount(Role.ANALYST);
        open("/login");
        screenshot("login-page");

        signIn(username, PASSWORD);

        waitFor(By.cssSelector("main h1"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/console"));
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains(username);
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Review queue", "Search")
                .doesNotContain("Audit", "Admin");
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheLoginPageWithAnError() {
        String username = newAccount(Role.ANALYST);

        signIn(username, "not the password at all");

        waitFor(By.id("login-error"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login?error"));
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("Wrong username or password");
        open("/console");
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
    }

    @Test
    void anAuditorSeesTheAuditLinkButNoAdPages() {
        signInAs(Role.AUDITOR);

        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Audit")
                .doesNotContain("Review queue", "Search", "Admin");
    }

    @Test
    void signingOutEndsTheSession() {
        signInAs(Role.SUPERVISOR);

        browser.findElement(By.cssSelector(".signout button")).click();

        waitFor(By.cssSelector("[role=status]"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login?logout"));
        open("/console");
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
    }
}
