package org.carepay.monitor;

import org.carepay.rules.CarePackage;
import org.carepay.rules.CarePlanDelivery;

/** A HOMECARE ACTUALS package of R10's delivery weeks, with what they delivered of its plan. */
record PackageDelivery(CarePackage pkg, CarePlanDelivery delivery) {
}
