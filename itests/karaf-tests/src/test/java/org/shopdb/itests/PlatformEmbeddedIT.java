package org.shopdb.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The platform contract on the embedded database (a fresh H2 file in the container's data folder). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformEmbeddedIT extends PlatformContract {

    @Configuration
    public Option[] config() {
        return ShopdbDistribution.with();
    }

    @Override
    protected String expectedDriver() {
        return "h2";
    }
}
