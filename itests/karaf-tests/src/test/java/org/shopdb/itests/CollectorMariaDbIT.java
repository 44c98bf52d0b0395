package org.shopdb.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Collector ingestion on the MariaDB database (fresh, through SHOPDB_DB_URL). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CollectorMariaDbIT extends CollectorContract {

    @Configuration
    public Option[] config() {
        MariaDbDatabase.recreate();
        return ShopdbDistribution.with();
    }
}
