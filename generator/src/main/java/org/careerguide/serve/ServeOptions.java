package org.careerguide.serve;

import java.time.Duration;

/**
 * How to run the preview.
 *
 * @param port     TCP port on 127.0.0.1; 0 picks any free port
 * @param debounce how long a burst of file changes must be quiet before a rebuild
 */
public record ServeOptions(int port, Duration debounce) {

    public static final int DEFAULT_PORT = 1313;
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(50);

    public ServeOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, found " + port);
        }
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative");
        }
    }

    public static ServeOptions onPort(int port) {
        return new ServeOptions(port, DEFAULT_DEBOUNCE);
    }
}
