package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.app.security.Accounts;
import org.palermo.app.security.ApiTokens;
import org.palermo.app.security.IssuedToken;
import org.palermo.app.security.Scope;
import org.palermo.app.security.Role;
import org.palermo.app.server.PalermoServer;
import org.palermo.app.server.TestServerConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the console's browser tests ({@code *BrowserIT}): the real server on a random port with a real embedded
 * H2 database (in memory, its own, not the one of the MockMvc tests) and the test pipeline of
 * {@link TestServerConfiguration}, driven by headless Chromium ({@code /usr/bin/chromium} through
 * {@code /usr/bin/chromedriver}) in a 1366x768 window, a laptop screen.
 *
 * <p>Each test gets a fresh browser. Screenshots go to {@code app/target/browser-screenshots/Class/method-step.png}:
 * at the steps a test names with {@link #screenshot(String)}, at the end of every test, and on failure.
 *
 * <p>After each test the browser's console must show no Content-Security-Policy violation (no inline script or
 * style the policy blocked).
 *
 * <p>Without Chromium the tests are skipped, except under CI ({@code CI=true}) where they fail.
 */
@SpringBootTest(classes = PalermoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:palermo-browser;DB_CLOSE_DELAY=-1",
                "logging.level.org.openqa.selenium=ERROR"})
@ActiveProfiles("h2")
@Import(TestServerConfiguration.class)
@EnabledIf(value = "org.palermo.app.console.BrowserTest#browserAvailable",
        disabledReason = "no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    public static final String PASSWORD = "browser test passphrase";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @LocalServerPort protected int port;
    @Autowired protected Accounts accounts;
    @Autowired protected ApiTokens tokens;
    @Autowired protected ObjectMapper mapper;

    protected WebDriver browser;
    private String testName;
    private int steps;

    static boolean browserAvailable() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " under CI");
        }
        return present;
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        testName = test.getTestClass().map(Class::getSimpleName).orElse("Browser") + "/"
                + test.getTestMethod().map(m -> m.getName()).orElse("test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--lang=en-US", "--disable-extensions", "--no-first-run");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        ScreenshotOnFailure.current = this;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            screenshot("end");
            List<String> blocked;
            try {
                blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
            } finally {
                browser.quit();
                browser = null;
            }
            assertThat(blocked).as("the Content-Security-Policy blocked something the page needed").isEmpty();
        }
    }

    /** The full URL of a path on the server under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Makes an account with this role (a unique name) and signs in with it through the login form. */
    protected String signInAs(Role role) {
        String username = newAccount(role);
        signIn(username, PASSWORD);
        waitFor(By.cssSelector("header.bar"));
        return username;
    }

    protected String newAccount(Role role) {
        String username = role.name().toLowerCase() + "-browser-" + ACCOUNTS.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(username, PASSWORD, role);
        return username;
    }

    /**
     * Ingests ads through the API (as a partner with an ingest token) and returns their database ids in order.
     * {@code adsJson} is a JSON array in the API's input contract.
     */
    protected List<Long> ingest(String adsJson) {
        String partner = newAccount(Role.PARTNER);
        IssuedToken token = tokens.issue(accounts.find(partner).orElseThrow(), "browser test feed",
                Set.of(Scope.INGEST), Duration.ofDays(1));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                    URI.create(url("/api/v1/ads/batch")))
                            .header("Authorization", "Bearer " + token.secret())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(adsJson)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<Long> ids = new ArrayList<>();
            mapper.readTree(response.body()).get("ads").forEach(receipt -> ids.add(receipt.get("id").asLong()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fills and submits the login form. */
    protected void signIn(String username, String password) {
        open("/login");
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void waitUntilText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Saves a screenshot of the window as {@code NN-step.png} in this test's folder; returns its path. */
    protected Path screenshot(String step) {
        if (browser == null) {
            return null;
        }
        try {
            Path file = SCREENSHOTS.resolve(testName + "-" + String.format("%02d", ++steps) + "-" + step + ".png");
            Files.createDirectories(file.getParent());
            Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
            assertThat(file).isNotEmptyFile();
            return file;
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save screenshot " + step + " of " + testName + ": " + e);
            return null;
        }
    }

    /** Saves a screenshot when a test fails, before the browser closes. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        static BrowserTest current;

        @Override
        public void afterTestExecution(ExtensionContext context) {
            Optional<Throwable> failure = context.getExecutionException();
            if (failure.isPresent() && current != null) {
                current.screenshot("FAILED");
            }
        }
    }
}
