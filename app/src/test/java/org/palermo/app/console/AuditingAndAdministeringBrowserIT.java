package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.palermo.app.security.Role;

/** An administrator creates an account and issues it a token; an auditor then finds both in the audit view. */
class AuditingAndAdministeringBrowserIT extends BrowserTest {

    @Test
    void anAdminCreatesAnAccountIssuesATokenOnceAndAnAuditorSeesItInTheVerifiedLog() {
        String admin = signInAs(Role.ADMIN);
        String feed = "feed-" + System.nanoTime();
        open("/console/admin");
        waitFor(By.id("nu-username")).sendKeys(feed);
        browser.findElement(By.id("nu-password")).sendKeys("a long partner passphrase");
        new Select(browser.findElement(By.id("nu-role"))).selectByValue("PARTNER");
        browser.findElement(By.cssSelector("form[action$='/console/admin/users'] button")).click();
        waitUntilText(By.id("admin-message"), "Created account " + feed);

        new Select(browser.findElement(By.id("nt-username"))).selectByValue(feed);
        browser.findElement(By.id("nt-name")).sendKeys("hotline crawler");
        browser.findElement(By.id("scope-ingest")).click();
        browser.findElement(By.id("nt-days")).sendKeys("30");
        browser.findElement(By.cssSelector("form[action$='/console/admin/tokens'] button")).click();
        String secret = waitFor(By.id("secret-value")).getAttribute("value");
        screenshot("token-issued");
        assertThat(secret).startsWith("plm_");
        assertThat(browser.findElement(By.id("tokens")).getText()).contains("hotline crawler").contains("active");

        open("/console/admin");
        assertThat(browser.getPageSource()).doesNotContain(secret);
        browser.findElement(By.cssSelector("[data-user='" + feed + "'] button[aria-label^='Disable']")).click();
        waitUntilText(By.id("admin-message"), "Account disabled");
        assertThat(browser.findElement(By.cssSelector("[data-user='" + feed + "']")).getText()).contains("disabled");
        browser.findElement(By.cssSelector(".signout button")).click();

        signInAs(Role.AUDITOR);
        open("/console/audit?actor=" + admin);
        String records = waitFor(By.id("audit-records")).getText();
        assertThat(records).contains("users.create").contains("tokens.issue").contains("users.disable")
                .doesNotContain(secret);
        browser.findElement(By.linkText("Verify the chain now")).click();
        waitUntilText(By.id("chain-status"), "chain verified");
        screenshot("audit-verified");
    }

    @Test
    void anAnalystCannotOpenTheAdminOrAuditPages() {
        signInAs(Role.ANALYST);
        open("/console/admin");
        assertThat(browser.findElements(By.id("users"))).isEmpty();
        open("/console/audit");
        assertThat(browser.findElements(By.id("audit-records"))).isEmpty();
    }
}
