package org.shopdb.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The applications plugin (and the computers plugin it needs), installed live, on MariaDB (MySQL 8's stand-in here), in a fresh database. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApplicationsMariaDbIT extends ApplicationsContract {

    @Configuration
    public Option[] config() {
        MariaDbDatabase.recreate();
        return ShopdbDistribution.with();
    }
}
