package vn.ntm.portal.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium driven through the Debian chromedriver. Both executables are given by path,
 * so Selenium Manager is never consulted and nothing is ever downloaded.
 */
public final class Browser implements AutoCloseable {

    /** Debian's packages; {@code -De2e.chromium=...} / {@code -De2e.chromedriver=...} point elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));

    // Selenium warns that it has no CDP bindings for this Chromium version; the tests use none of them.
    // The loggers are held here so that their level is not lost to garbage collection.
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    private static volatile boolean warned;

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Why the browser tests cannot run here, or empty when Chromium and chromedriver are installed. */
    static Optional<String> missing() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(p -> !Files.isExecutable(p))
                .map(Path::toString)
                .toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("chromium/chromedriver not installed (missing: "
                + String.join(", ", missing) + ") — apt-get install chromium chromium-driver");
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Whether the browser tests can run. On CI (environment variable {@code CI=true}) a missing browser
     * is an error; elsewhere this warns loudly on stderr (the tests are then reported as skipped, never
     * as passed, by {@link BrowserAvailability}).
     */
    static boolean installed() {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return true;
        }
        if (onCi()) {
            throw new IllegalStateException("BROWSER TESTS CANNOT RUN ON CI: " + missing.get());
        }
        if (!warned) {
            warned = true;
            System.err.println("""

                    ************************************************************************
                    ***
                    ***  BROWSER TESTS SKIPPED: %s
                    ***
                    ***  The end-to-end browser tests (vn.ntm.portal.e2e) did NOT run.
                    ***
                    ************************************************************************
                    """.formatted(missing.get()));
        }
        return false;
    }

    /** Starts a fresh headless Chromium with its own throw-away profile. */
    static Browser start(boolean javascript) {
        missing().ifPresent(why -> {
            throw new IllegalStateException("BROWSER TESTS CANNOT RUN: " + why);
        });
        // belt and braces: even code paths that look the driver up by property find the local one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("ntm-e2e-chrome-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                // hermetic: only the app under test resolves; third-party embeds fail at once
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                "--lang=vi-VN",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    /** Forgets every cookie of the browser, whatever page it is on. */
    void clearCookies() {
        if (driver instanceof ChromeDriver chrome) {
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        }
        String url = driver.getCurrentUrl();
        if (url != null && url.startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left in the temp directory is harmless
        }
    }
}
