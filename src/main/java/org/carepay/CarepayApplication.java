package org.carepay;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application behind the command line; {@link org.carepay.cli.CarepayCli} starts it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CarepayApplication {
}
