package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An http: address to no host of the web is no insecure link: https: cannot be asked of a sample server. Sample
 * addresses were 7 of the 199 link/insecure findings of a real ja-JP docset (MDOP), as lychee leaves them out too.
 */
class PlaceholderHostTest {
    @Test
    void sampleAndLocalHostsArePlaceholders() {
        for (String url : new String[] {"http://localhost:12345/a", "http://computername/productivity/", "http://10.0.0.1/",
                "http://[::1]:80/", "http://example.com/a", "http://www.example.org", "http://app.test/", "http://printer.local/",
                "http://user@server/share"}) {
            assertTrue(InternalLinkChecker.placeholderHost(url), url);
        }
        for (String url : new String[] {"http://contoso.com/a", "http://docs.microsoft.com/x", "http://go.microsoft.com/fwlink/?LinkId=1",
                "http://any.com/path"}) {
            assertFalse(InternalLinkChecker.placeholderHost(url), url);
        }
    }
}
