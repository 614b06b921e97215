package vn.ntm.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature modules only use each other's public API, and depend on each other without cycles. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(Application.class).verify();
    }
}
