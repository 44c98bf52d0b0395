package org.shopdb.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The six site plugins together, installed live, on the embedded database. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SitePluginsEmbeddedIT extends SitePluginsContract {

    @Configuration
    public Option[] config() {
        return ShopdbDistribution.with();
    }
}
