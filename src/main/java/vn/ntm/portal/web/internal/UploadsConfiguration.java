package vn.ntm.portal.web.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves uploaded files (images, audio, attachments) from the upload directory with long cache headers,
 * except its private area ({@value #PRIVATE_AREA}/, personal data such as citizens' attachments, which the
 * uploads module keeps there): whatever the address, a file that resolves inside it is not found here.
 */
@Configuration(proxyBeanMethods = false)
class UploadsConfiguration implements WebMvcConfigurer {

    /** The uploads module's private folder under {@code ntm.upload-dir} (its {@code FileStore.PRIVATE_AREA}). */
    static final String PRIVATE_AREA = "private";

    private final Path uploadDir;

    UploadsConfiguration(@Value("${ntm.upload-dir:data/uploads}") Path uploadDir) {
        this.uploadDir = uploadDir.toAbsolutePath().normalize();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/uploads/**")
                .addResourceLocations(uploadDir.toUri().toString())
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                .resourceChain(false)
                .addResolver(new PublicOnly(uploadDir));
    }

    /** The usual file lookup, refusing anything inside the private area (compared ignoring case). */
    static final class PublicOnly extends PathResourceResolver {

        private final Path root;

        PublicOnly(Path root) {
            this.root = root;
        }

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource found = super.getResource(resourcePath, location);
            if (found == null) {
                return null;
            }
            File file;
            try {
                file = found.getFile();
            } catch (IOException notAFile) {
                return null;
            }
            Path path = file.toPath().toAbsolutePath().normalize();
            if (!path.startsWith(root) || path.equals(root)) {
                return null;
            }
            String first = root.relativize(path).getName(0).toString();
            return first.equalsIgnoreCase(PRIVATE_AREA) ? null : found;
        }
    }
}
