package vn.ntm.portal.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The portal's handler mapping passes over mappings by the first segment of the address: for an address made from
 * every pattern of every handler method (and a few that match none), with every HTTP method, it must choose the same
 * handler method, or fail the same way, as Spring's own mapping with the same registrations.
 */
@SpringBootTest
class FastRequestMappingsTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theMappingInUseIsTheFirstSegmentOne() {
        assertThat(mapping).isInstanceOf(FastRequestMappings.FirstSegmentMapping.class);
        // and it has its lists: a POST to /tap-huan/… is matched against a few mappings, the registration form's among them
        List<RequestMappingInfo> posts = ((FastRequestMappings.FirstSegmentMapping) mapping).candidates("tap-huan", "POST");
        assertThat(posts).isNotNull().hasSizeLessThan(mapping.getHandlerMethods().size() / 4)
                .anySatisfy(info -> assertThat(info.getPatternValues()).contains("/tap-huan/{slug}/dang-ky"))
                .allSatisfy(info -> assertThat(info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.POST)).isTrue());
    }

    @Test
    void everyAddressGetsTheHandlerSpringsOwnMappingGives() throws Exception {
        RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
        Map<RequestMappingInfo, HandlerMethod> methods = mapping.getHandlerMethods();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : methods.entrySet()) {
            HandlerMethod hm = e.getValue().createWithResolvedBean();
            plain.registerMapping(e.getKey(), hm.getBean(), hm.getMethod());
        }
        List<String> paths = new ArrayList<>(List.of("/", "/khong-co-trang-nay", "/tap-huan", "/quan-tri", "/static/x.css",
                "/tap-huan%2Fx/dang-ky", "/tin-tuc;x=1", "//hai-gach"));
        for (RequestMappingInfo info : methods.keySet()) {
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", "x1").replace("**", "a/b").replace("*", "x");
                paths.add(path.isEmpty() ? "/" : path);
                paths.add(path + "/thua");
            }
        }
        assertThat(paths).hasSizeGreaterThan(200);
        int compared = 0;
        for (String path : paths) {
            for (RequestMethod m : RequestMethod.values()) {
                assertThat(outcome(mapping, m, path, false)).as(m + " " + path).isEqualTo(outcome(plain, m, path, false));
                compared++;
            }
            assertThat(outcome(mapping, RequestMethod.OPTIONS, path, true)).as("pre-flight " + path)
                    .isEqualTo(outcome(plain, RequestMethod.OPTIONS, path, true));
        }
        assertThat(compared).isEqualTo(paths.size() * RequestMethod.values().length);
    }

    /** The handler method chosen, or the failure (with its message: a 405 names the supported methods). */
    private static String outcome(RequestMappingHandlerMapping m, RequestMethod method, String path, boolean preFlight) {
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
        if (preFlight) {
            request.addHeader("Origin", "https://example.test");
            request.addHeader("Access-Control-Request-Method", "POST");
        }
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = m.getHandler(request);
            return chain == null ? "none" : chain.getHandler() instanceof HandlerMethod hm ? hm.getMethod().toGenericString()
                    : chain.getHandler().getClass().getName();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void firstSegmentsOfAddressesAndPatterns() {
        assertThat(FastRequestMappings.FirstSegmentMapping.firstSegment("/tap-huan/x/dang-ky")).isEqualTo("tap-huan");
        assertThat(FastRequestMappings.FirstSegmentMapping.firstSegment("/tim-kiem")).isEqualTo("tim-kiem");
        assertThat(FastRequestMappings.FirstSegmentMapping.firstSegment("/")).isNull();
        assertThat(FastRequestMappings.FirstSegmentMapping.firstSegment("/t%C3%ACm/x")).isNull();
        assertThat(FastRequestMappings.FirstSegmentMapping.firstSegment("/tin;a=b/x")).isNull();
    }
}
