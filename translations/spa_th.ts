<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>last update %1 s ago</source>
        <translation>อัปเดตล่าสุด %1 วินาทีที่แล้ว</translation>
    </message>
    <message>
        <source>last update %1 min ago</source>
        <translation>อัปเดตล่าสุด %1 นาทีที่แล้ว</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ชม.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Welcome</source>
        <translation>ยินดีต้อนรับ</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Spa Suite — Wall monitor</source>
        <translation>Spa Suite — จอแสดงคิว</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>%1, your therapist is ready</source>
        <translation>คุณ%1 พนักงานนวดพร้อมให้บริการแล้ว</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>ชำระเงินเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>ขอบคุณค่ะ คุณ%1</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>กำลังให้บริการ</translation>
    </message>
    <message>
        <source>No one in service</source>
        <translation>ยังไม่มีผู้รับบริการ</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your session expired; please sign in again</source>
        <translation>เซสชันหมดอายุ กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>Your session ended; please sign in again</source>
        <translation>เซสชันสิ้นสุดแล้ว กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้</translation>
    </message>
    <message>
        <source>Wrong name or password</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Too many attempts; wait a few minutes</source>
        <translation>ลองหลายครั้งเกินไป กรุณารอสักครู่</translation>
    </message>
</context>
<context>
    <name>SocketClient</name>
    <message>
        <source>The server stopped answering</source>
        <translation>เซิร์ฟเวอร์ไม่ตอบสนอง</translation>
    </message>
    <message>
        <source>No server address is set</source>
        <translation>ยังไม่ได้ตั้งที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>The connection was lost before the server answered</source>
        <translation>การเชื่อมต่อขาดก่อนที่เซิร์ฟเวอร์จะตอบกลับ</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>ไม่ได้เชื่อมต่อกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>เซิร์ฟเวอร์ไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
</context>
<context>
    <name>TherapistPanel</name>
    <message>
        <source>Therapists</source>
        <translation>พนักงานนวด</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>คิวถัดไป</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>With a guest</source>
        <translation>กำลังให้บริการ</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ไม่อยู่</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Waiting</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>ไม่มีคิวรอ</translation>
    </message>
    <message>
        <source>Please go to %1</source>
        <translation>เชิญที่ %1</translation>
    </message>
    <message>
        <source>Please come to the desk</source>
        <translation>เชิญที่เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>คิวถัดไป</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ประมาณ %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
</TS>
