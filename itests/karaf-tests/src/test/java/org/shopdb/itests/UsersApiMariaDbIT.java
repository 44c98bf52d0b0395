package org.shopdb.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** User administration, CORS, body limit, logout and seeding on the MariaDB database (fresh, through SHOPDB_DB_URL). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UsersApiMariaDbIT extends UsersApiContract {

    @Configuration
    public Option[] config() {
        MariaDbDatabase.recreate();
        return ShopdbDistribution.with(environment());
    }
}
