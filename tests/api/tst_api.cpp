#include <QtTest>
class TstApi : public QObject { Q_OBJECT private Q_SLOTS: void placeholder() {} };
QTEST_MAIN(TstApi)
#include "tst_api.moc"
