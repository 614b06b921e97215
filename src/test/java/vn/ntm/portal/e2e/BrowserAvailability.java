package vn.ntm.portal.e2e;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Without Chromium (and not on CI) every browser test is disabled one by one, so Surefire counts each
 * as skipped (it does not count a class skipped as a whole) and the application is not even started.
 * On CI nothing is disabled: {@link BrowserTestSupport}'s {@code @BeforeAll} then fails the class.
 */
class BrowserAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty() || Browser.onCi()) {
            return ConditionEvaluationResult.enabled("checked per test");
        }
        Optional<String> missing = Browser.missing();
        return missing.isPresent()
                ? ConditionEvaluationResult.disabled("BROWSER TESTS SKIPPED: " + missing.get())
                : ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
    }
}
