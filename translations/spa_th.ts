<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AdminPage</name>
    <message>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>เลิกใช้</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>แก้ไขบริการ</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>บริการใหม่</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแล</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>แคชเชียร์</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>พนักงานนวด</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>พนักงานใหม่</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Leave empty to keep</source>
        <translation>เว้นว่างไว้เพื่อคงเดิม</translation>
    </message>
    <message>
        <source>Kiosk devices</source>
        <translation>อุปกรณ์จอแสดงผล</translation>
    </message>
    <message>
        <source>Device name, e.g. Lobby TV</source>
        <translation>ชื่ออุปกรณ์ เช่น ทีวีล็อบบี้</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Services, staff and devices</source>
        <translation>บริการ พนักงาน และอุปกรณ์</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>เลิกใช้ %1</translation>
    </message>
    <message>
        <source>5 to 480</source>
        <translation>5 ถึง 480</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>เลิกแก้ไข</translation>
    </message>
    <message>
        <source>Save service</source>
        <translation>บันทึกบริการ</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>เพิ่มบริการ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ระงับแล้ว</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>ระงับ %1</translation>
    </message>
    <message>
        <source>Save staff member</source>
        <translation>บันทึกพนักงาน</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>เพิ่มพนักงาน</translation>
    </message>
    <message>
        <source>No kiosk devices yet.</source>
        <translation>ยังไม่มีอุปกรณ์คีออสก์</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>อุปกรณ์ใหม่</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>เพิ่มอุปกรณ์</translation>
    </message>
    <message>
        <source>Token for the new device (shown once)</source>
        <translation>โทเค็นของอุปกรณ์ใหม่ (แสดงครั้งเดียว)</translation>
    </message>
    <message>
        <source>Self check-in</source>
        <translation>เช็กอินด้วยตนเอง</translation>
    </message>
    <message>
        <source>Wall monitor</source>
        <translation>จอแสดงคิว</translation>
    </message>
    <message>
        <source>Device role</source>
        <translation>ประเภทอุปกรณ์</translation>
    </message>
    <message numerus="yes">
        <source>Commission: %1 (%n own rate(s))</source>
        <translation>
            <numerusform>ค่าคอมมิชชัน: %1 (อัตราเฉพาะ %n คน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commission: %1</source>
        <translation>ค่าคอมมิชชัน: %1</translation>
    </message>
    <message>
        <source>Commission…</source>
        <translation>ค่าคอมมิชชัน…</translation>
    </message>
    <message>
        <source>Commission on %1</source>
        <translation>ค่าคอมมิชชันของ %1</translation>
    </message>
</context>
<context>
    <name>ArrivingSoonStrip</name>
    <message>
        <source>Arriving soon</source>
        <translation>กำลังจะมาถึง</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+อีก %1 คน</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign %1 — %2</source>
        <translation>มอบหมาย %1 — %2</translation>
    </message>
    <message>
        <source>Next in turn: %1</source>
        <translation>คิวถัดไป: %1</translation>
    </message>
    <message>
        <source>No one is free in the turn order</source>
        <translation>ไม่มีใครว่างตามคิว</translation>
    </message>
    <message>
        <source>no free time today</source>
        <translation>วันนี้ไม่ว่าง</translation>
    </message>
    <message>
        <source>free now</source>
        <translation>ว่างตอนนี้</translation>
    </message>
    <message>
        <source>free in %1</source>
        <translation>ว่างในอีก %1</translation>
    </message>
    <message>
        <source>Or choose a therapist</source>
        <translation>หรือเลือกหมอนวด</translation>
    </message>
    <message>
        <source>number %1 in the turn order</source>
        <translation>ลำดับที่ %1 ในคิว</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>คิวที่ %1</translation>
    </message>
    <message>
        <source>next: %1 %2</source>
        <translation>ถัดไป: %1 %2</translation>
    </message>
    <message>
        <source>Scroll the therapists</source>
        <translation>เลื่อนรายชื่อหมอนวด</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เช็กอิน</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <source>Visit changed</source>
        <translation>แก้ไขรายการ</translation>
    </message>
    <message>
        <source>Customer called</source>
        <translation>เรียกลูกค้า</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>เริ่มบริการ</translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation>บริการเสร็จสิ้น</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>ยกเลิกรายการ</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มา</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>ให้ส่วนลด</translation>
    </message>
    <message>
        <source>Payment taken</source>
        <translation>รับชำระเงิน</translation>
    </message>
    <message>
        <source>Visit paid in full</source>
        <translation>ชำระครบแล้ว</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>ยกเลิกการชำระเงิน</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>ปิดวันทำการ</translation>
    </message>
    <message>
        <source>Therapist status</source>
        <translation>สถานะพนักงานนวด</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>เพิ่มบริการ</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>แก้ไขบริการ</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>เพิ่มพนักงาน</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>แก้ไขพนักงาน</translation>
    </message>
    <message>
        <source>Staff member deactivated</source>
        <translation>ระงับพนักงาน</translation>
    </message>
    <message>
        <source>Device added</source>
        <translation>เพิ่มอุปกรณ์</translation>
    </message>
    <message>
        <source>Device revoked</source>
        <translation>เพิกถอนอุปกรณ์</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>Refund given</source>
        <translation>คืนเงินแล้ว</translation>
    </message>
    <message>
        <source>Tax invoice issued</source>
        <translation>ออกใบกำกับภาษี</translation>
    </message>
    <message>
        <source>Cash shift opened</source>
        <translation>เปิดกะเงินสด</translation>
    </message>
    <message>
        <source>Cash shift closed</source>
        <translation>ปิดกะเงินสด</translation>
    </message>
    <message>
        <source>Cash paid in or out</source>
        <translation>นำเงินสดเข้าหรือออก</translation>
    </message>
    <message>
        <source>Drawer opened, no sale</source>
        <translation>เปิดลิ้นชักโดยไม่มีการขาย</translation>
    </message>
    <message>
        <source>Commission set</source>
        <translation>ตั้งค่าคอมมิชชัน</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>เปลี่ยน PIN แล้ว</translation>
    </message>
    <message>
        <source>Working hours changed</source>
        <translation>แก้ไขเวลาทำงาน</translation>
    </message>
    <message>
        <source>Room added</source>
        <translation>เพิ่มห้อง</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>แก้ไขห้อง</translation>
    </message>
    <message>
        <source>Room retired</source>
        <translation>เลิกใช้ห้อง</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>แก้ไขการตั้งค่า</translation>
    </message>
    <message>
        <source>Venue set up</source>
        <translation>ตั้งค่าร้านครั้งแรก</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>เพิ่มลูกค้า</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>แก้ไขข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>Booking made</source>
        <translation>สร้างการจอง</translation>
    </message>
    <message>
        <source>Booking changed</source>
        <translation>แก้ไขการจอง</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>ยกเลิกการจองแล้ว</translation>
    </message>
    <message>
        <source>Booking arrived</source>
        <translation>ลูกค้าที่จองมาถึงแล้ว</translation>
    </message>
    <message>
        <source>Booking no-show</source>
        <translation>ลูกค้าที่จองไม่มา</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>อะไร</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>จากที่อยู่</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแล</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>แคชเชียร์</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>พนักงานนวด</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>แสดงเพิ่ม</translation>
    </message>
    <message>
        <source>No changes in these days.</source>
        <translation>ไม่มีการเปลี่ยนแปลงในช่วงวันนี้</translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <source>Bill of ticket %1 — %2</source>
        <translation>บิลของบัตรคิว %1 — %2</translation>
    </message>
    <message>
        <source>Reprint the receipt</source>
        <translation>พิมพ์ใบเสร็จซ้ำ</translation>
    </message>
    <message>
        <source>Tax invoice…</source>
        <translation>ใบกำกับภาษี…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>คืนเงิน…</translation>
    </message>
    <message>
        <source>No receipt printer is set up at this desk: set one up under Printer to print.</source>
        <translation>โต๊ะนี้ยังไม่ได้ตั้งเครื่องพิมพ์ใบเสร็จ: ตั้งค่าที่เมนูเครื่องพิมพ์ก่อนจึงจะพิมพ์ได้</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BookingBlock</name>
    <message>
        <source>Booked</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>มาถึงแล้ว</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มา</translation>
    </message>
    <message>
        <source>walk-in visit</source>
        <translation>ลูกค้าวอล์กอิน</translation>
    </message>
    <message>
        <source>group of %1</source>
        <translation>กลุ่ม %1 คน</translation>
    </message>
    <message>
        <source>Arrow keys move it, Shift+arrow keys make it shorter or longer, Enter opens it</source>
        <translation>ปุ่มลูกศรเลื่อน Shift+ลูกศรย่อหรือขยายเวลา Enter เปิด</translation>
    </message>
    <message>
        <source>Shift+arrow keys make it shorter or longer, Enter opens it</source>
        <translation>Shift+ลูกศรย่อหรือขยายเวลา Enter เปิด</translation>
    </message>
</context>
<context>
    <name>BookingDay</name>
    <message>
        <source>Say why the booking is cancelled.</source>
        <translation>บอกเหตุผลที่ยกเลิกการจอง</translation>
    </message>
</context>
<context>
    <name>BookingDetailsDialog</name>
    <message>
        <source>Booking — %1</source>
        <translation>การจอง — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>ยกเลิกการจอง</translation>
    </message>
    <message>
        <source>any therapist</source>
        <translation>หมอนวดคนใดก็ได้</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>มาถึงแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มา</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Any free room on arrival</source>
        <translation>ห้องที่ว่างเมื่อมาถึง</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>แขก</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>ยกเลิกการจอง…</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>ยกเลิกเพราะอะไร</translation>
    </message>
    <message>
        <source>The customer called, illness, …</source>
        <translation>ลูกค้าโทรมา ป่วย …</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Change booking</source>
        <translation>แก้ไขการจอง</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>จองใหม่</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>จอง</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>ค้นหาลูกค้า</translation>
    </message>
    <message>
        <source>Phone or name</source>
        <translation>โทรศัพท์หรือชื่อ</translation>
    </message>
    <message>
        <source>Name (customer record)</source>
        <translation>ชื่อ (ข้อมูลลูกค้า)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>ชื่อลูกค้า</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>Save as customer</source>
        <translation>บันทึกเป็นลูกค้า</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>ลูกค้าที่พบ</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>มา 1 ครั้ง</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>มา %1 ครั้ง</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>ไม่มา %1 ครั้ง</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>ชอบ %1</translation>
    </message>
    <message>
        <source>No customer found: type their name to book them, and Save as customer to keep them.</source>
        <translation>ไม่พบลูกค้า: พิมพ์ชื่อเพื่อจอง และกด บันทึกเป็นลูกค้า เพื่อเก็บข้อมูล</translation>
    </message>
    <message>
        <source>No service chosen yet</source>
        <translation>ยังไม่ได้เลือกบริการ</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 ตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>รวม %1</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>หมอนวด</translation>
    </message>
    <message>
        <source>Any therapist</source>
        <translation>หมอนวดคนใดก็ได้</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Any free room</source>
        <translation>ห้องใดก็ได้ที่ว่าง</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Find a free time</source>
        <translation>หาเวลาว่าง</translation>
    </message>
    <message>
        <source>No free time that day for these services.</source>
        <translation>วันนั้นไม่มีเวลาว่างสำหรับบริการเหล่านี้</translation>
    </message>
    <message>
        <source>Free at %1</source>
        <translation>ว่างเวลา %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>และอีก %1</translation>
    </message>
    <message>
        <source>Notes: requests, pressure, allergies…</source>
        <translation>หมายเหตุ: คำขอ น้ำหนักมือ อาการแพ้…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Guest %1</source>
        <translation>แขก %1</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>เพิ่มแขก</translation>
    </message>
    <message>
        <source>Guest %1&apos;s name</source>
        <translation>ชื่อแขก %1</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>นำแขกออก</translation>
    </message>
    <message>
        <source>Therapist for guest %1</source>
        <translation>นักบำบัดของแขก %1</translation>
    </message>
    <message>
        <source>Room they share</source>
        <translation>ห้องที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <source>%1 (holds %2)</source>
        <translation>%1 (รับได้ %2 คน)</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <source>Type the start time as hours and minutes, like 14:30.</source>
        <translation>พิมพ์เวลาเริ่มเป็นชั่วโมงและนาที เช่น 14:30</translation>
    </message>
    <message>
        <source>Type the date as year-month-day, like 2026-12-24.</source>
        <translation>พิมพ์วันที่เป็น ปี-เดือน-วัน เช่น 2026-12-24</translation>
    </message>
    <message>
        <source>Choose the services first: the free times depend on how long they take.</source>
        <translation>เลือกบริการก่อน: เวลาว่างขึ้นกับความยาวของบริการ</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>เลือกบริการอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name or find their record.</source>
        <translation>พิมพ์ชื่อลูกค้าหรือค้นหาข้อมูลลูกค้า</translation>
    </message>
    <message>
        <source>A booking here takes up to %1 guests; book the others separately.</source>
        <translation>การจองหนึ่งครั้งรับได้ไม่เกิน %1 คน กรุณาจองคนอื่นแยกต่างหาก</translation>
    </message>
    <message>
        <source>Choose at least one service for guest %1.</source>
        <translation>เลือกบริการอย่างน้อยหนึ่งรายการให้แขก %1</translation>
    </message>
    <message>
        <source>Type the name of guest %1.</source>
        <translation>พิมพ์ชื่อของแขก %1</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Arrived: on the queue board now</source>
        <translation>มาถึงแล้ว: อยู่บนกระดานคิวแล้ว</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>ยกเลิกการจองแล้ว</translation>
    </message>
    <message>
        <source>Marked as a no-show</source>
        <translation>บันทึกว่าไม่มาแล้ว</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>สัปดาห์</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>หมอนวด</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>สัปดาห์ก่อนหน้า</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>วันก่อนหน้า</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>สัปดาห์ถัดไป</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>วันถัดไป</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>สัปดาห์ของ %1</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>จองใหม่</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>มาถึงแล้ว</translation>
    </message>
    <message>
        <source>Walk-in visit</source>
        <translation>ลูกค้าวอล์กอิน</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มา</translation>
    </message>
    <message>
        <source>Shaded: not working</source>
        <translation>แรเงา: ไม่ได้ทำงาน</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>ไม่ได้ทำงาน</translation>
    </message>
    <message>
        <source>Booked: %1 at %2</source>
        <translation>จองแล้ว: %1 เวลา %2</translation>
    </message>
    <message>
        <source>Shaded: not working · click free time to book · drag or use the arrow keys to move · drag the lower edge or Shift+arrows to resize</source>
        <translation>แรเงา: ไม่ได้ทำงาน · คลิกเวลาว่างเพื่อจอง · ลากหรือใช้ลูกศรเพื่อเลื่อน · ลากขอบล่างหรือ Shift+ลูกศรเพื่อปรับเวลา</translation>
    </message>
</context>
<context>
    <name>CallPhrases</name>
    <message>
        <source>Ticket %1, please go to %2.</source>
        <translation>หมายเลข %1 เชิญที่ %2 ค่ะ</translation>
    </message>
    <message>
        <source>Ticket %1, please come to the desk.</source>
        <translation>หมายเลข %1 เชิญที่เคาน์เตอร์ค่ะ</translation>
    </message>
    <message>
        <source>Ticket %1, thank you.</source>
        <translation>หมายเลข %1 ขอบคุณค่ะ</translation>
    </message>
</context>
<context>
    <name>CashShift</name>
    <message>
        <source>No cash shift is open: open one (Day page) before opening the drawer</source>
        <translation>ยังไม่มีกะเงินสดที่เปิดอยู่: เปิดกะก่อน (หน้าวันนี้) แล้วจึงเปิดลิ้นชัก</translation>
    </message>
    <message>
        <source>The drawer should not hold that much cash: pay out less, or count the drawer first</source>
        <translation>ในลิ้นชักไม่ควรมีเงินสดมากขนาดนั้น: จ่ายออกให้น้อยลง หรือนับเงินในลิ้นชักก่อน</translation>
    </message>
    <message>
        <source>This cash shift is closed: open a new one first</source>
        <translation>กะเงินสดนี้ปิดแล้ว: เปิดกะใหม่ก่อน</translation>
    </message>
    <message>
        <source>Choose pay-in or pay-out</source>
        <translation>เลือกนำเงินเข้าหรือจ่ายเงินออก</translation>
    </message>
    <message>
        <source>Type the amount</source>
        <translation>ใส่จำนวนเงิน</translation>
    </message>
    <message>
        <source>Give a reason (for example: tips paid out to Budi)</source>
        <translation>ระบุเหตุผล (เช่น จ่ายทิปให้บูดี)</translation>
    </message>
    <message>
        <source>No cash shift is open: open one before moving cash</source>
        <translation>ยังไม่ได้เปิดกะเงินสด: เปิดกะก่อนนำเงินเข้าหรือออก</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in a customer</source>
        <translation>เช็กอินลูกค้า</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>ชื่อลูกค้า</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>พนักงานนวด</translation>
    </message>
    <message>
        <source>First available (turn order)</source>
        <translation>คนแรกที่ว่าง (ตามคิว)</translation>
    </message>
    <message>
        <source>next in turn</source>
        <translation>คิวถัดไป</translation>
    </message>
    <message>
        <source>on break</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Pressure, allergies, requests…</source>
        <translation>น้ำหนักมือ แพ้อะไร คำขอพิเศษ…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>เช็กอิน</translation>
    </message>
    <message>
        <source>No service chosen yet</source>
        <translation>ยังไม่ได้เลือกบริการ</translation>
    </message>
    <message>
        <source>1 service, %1</source>
        <translation>1 บริการ, %1</translation>
    </message>
    <message>
        <source>%1 services, %2</source>
        <translation>%1 บริการ, %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>รวม %1</translation>
    </message>
    <message>
        <source>next: %1 %2</source>
        <translation>ถัดไป: %1 %2</translation>
    </message>
    <message>
        <source>Optional; finds the customer</source>
        <translation>ไม่บังคับ ใช้ค้นหาลูกค้า</translation>
    </message>
</context>
<context>
    <name>CheckinDetailsPage</name>
    <message>
        <source>Your first name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <source>First name (we call you by it)</source>
        <translation>ชื่อ (เราจะเรียกคุณด้วยชื่อนี้)</translation>
    </message>
    <message>
        <source>Tap to type</source>
        <translation>แตะเพื่อพิมพ์</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>เบอร์โทรศัพท์ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>So the desk can reach you</source>
        <translation>เพื่อให้เคาน์เตอร์ติดต่อคุณได้</translation>
    </message>
    <message>
        <source>Cannot reach the front desk. Please try again, or ask at the desk.</source>
        <translation>ติดต่อเคาน์เตอร์ไม่ได้ โปรดลองอีกครั้ง หรือสอบถามที่เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Check-in did not work: %1</source>
        <translation>เช็กอินไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>กำลังเช็กอิน…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>เช็กอิน</translation>
    </message>
</context>
<context>
    <name>CheckinServicesPage</name>
    <message>
        <source>What would you like today?</source>
        <translation>วันนี้ต้องการรับบริการใด</translation>
    </message>
    <message>
        <source>Tap one or more treatments.</source>
        <translation>แตะเลือกบริการอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>ยังไม่ได้เลือกบริการ</translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s), %1</source>
        <translation>
            <numerusform>%n บริการ, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
</context>
<context>
    <name>CheckinStartPage</name>
    <message>
        <source>Welcome! Check in here</source>
        <translation>ยินดีต้อนรับ เช็กอินที่นี่</translation>
    </message>
    <message>
        <source>Pick your treatments and get your queue ticket.</source>
        <translation>เลือกบริการแล้วรับบัตรคิวของคุณ</translation>
    </message>
    <message>
        <source>No wait right now.</source>
        <translation>ขณะนี้ไม่ต้องรอคิว</translation>
    </message>
    <message>
        <source>Current wait: about %1.</source>
        <translation>เวลารอขณะนี้ประมาณ %1</translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation>เริ่มเช็กอิน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
</context>
<context>
    <name>CheckinState</name>
    <message>
        <source>Ticket %1</source>
        <translation>บัตรคิว %1</translation>
    </message>
</context>
<context>
    <name>CheckinTicketPage</name>
    <message>
        <source>Thank you, %1! Your number is</source>
        <translation>ขอบคุณ คุณ%1 หมายเลขคิวของคุณคือ</translation>
    </message>
    <message>
        <source>We will call your number soon.</source>
        <translation>เราจะเรียกหมายเลขของคุณในไม่ช้า</translation>
    </message>
    <message>
        <source>You are next: please take a seat.</source>
        <translation>คุณเป็นคิวถัดไป เชิญนั่งรอสักครู่</translation>
    </message>
    <message>
        <source>Estimated wait: about %1.</source>
        <translation>เวลารอโดยประมาณ %1</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>กำลังพิมพ์บัตรคิว…</translation>
    </message>
    <message>
        <source>Take your printed ticket below.</source>
        <translation>โปรดรับบัตรคิวที่พิมพ์ออกมาด้านล่าง</translation>
    </message>
    <message>
        <source>The printer is not working. Scan the code or remember your number.</source>
        <translation>เครื่องพิมพ์ใช้งานไม่ได้ โปรดสแกนโค้ดหรือจำหมายเลขคิวไว้</translation>
    </message>
    <message>
        <source>No ticket printer here. Scan the code or remember your number.</source>
        <translation>จุดนี้ไม่มีเครื่องพิมพ์บัตรคิว โปรดสแกนโค้ดหรือจำหมายเลขคิวไว้</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>สแกนเพื่อติดตามคิวบนโทรศัพท์ของคุณ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s)</source>
        <translation>
            <numerusform>กลับสู่หน้าแรกใน %n วินาที</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <source>Spa Suite — Self check-in</source>
        <translation>Spa Suite — เช็กอินด้วยตนเอง</translation>
    </message>
    <message>
        <source>Self check-in is not available right now. Please ask at the front desk.</source>
        <translation>ขณะนี้ไม่สามารถเช็กอินด้วยตนเองได้ โปรดติดต่อเคาน์เตอร์</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Open a visit to check out</source>
        <translation>เปิดรายการเพื่อชำระเงิน</translation>
    </message>
    <message>
        <source>Only a completed service can be paid</source>
        <translation>ชำระเงินได้เฉพาะบริการที่เสร็จแล้ว</translation>
    </message>
    <message>
        <source>The discount is more than the bill</source>
        <translation>ส่วนลดมากกว่ายอดบิล</translation>
    </message>
    <message>
        <source>Give a reason for the discount</source>
        <translation>กรุณาระบุเหตุผลของส่วนลด</translation>
    </message>
    <message>
        <source>The discount would leave less than is already paid</source>
        <translation>ส่วนลดนี้ทำให้ยอดต่ำกว่าที่ชำระไปแล้ว</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>ไม่มียอดค้างชำระ</translation>
    </message>
    <message>
        <source>Add a payment</source>
        <translation>เพิ่มการชำระเงิน</translation>
    </message>
    <message>
        <source>Each payment needs an amount</source>
        <translation>แต่ละรายการต้องมีจำนวนเงิน</translation>
    </message>
    <message>
        <source>The cash tendered is less than the amount</source>
        <translation>เงินที่รับมาน้อยกว่ายอดชำระ</translation>
    </message>
    <message>
        <source>Still to allocate: %1</source>
        <translation>ยังไม่ได้แบ่งชำระ: %1</translation>
    </message>
    <message>
        <source>The payments are more than the balance by %1</source>
        <translation>ยอดชำระเกินยอดค้าง %1</translation>
    </message>
    <message>
        <source>Not connected to the server: Pay waits for the connection</source>
        <translation>ไม่ได้เชื่อมต่อกับเซิร์ฟเวอร์: รอการเชื่อมต่อก่อนชำระเงิน</translation>
    </message>
    <message>
        <source>Service charge %1% (included)</source>
        <translation>ค่าบริการ %1% (รวมแล้ว)</translation>
    </message>
    <message>
        <source>Service charge %1%</source>
        <translation>ค่าบริการ %1%</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>ภาษี</translation>
    </message>
    <message>
        <source>%1 %2% (included)</source>
        <translation>%1 %2% (รวมแล้ว)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>No cash shift is open. Open one on the Day page (Open shift), or take this payment by card or e-wallet.</source>
        <translation>ยังไม่ได้เปิดกะเงินสด เปิดกะที่หน้าสรุปวัน (เปิดกะ) หรือรับชำระด้วยบัตรหรือวอลเล็ต</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Checkout %1 — %2</source>
        <translation>ชำระเงิน %1 — %2</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>บิล</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>ยอดรวมย่อย</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>เปอร์เซ็นต์</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>เหตุผล (จำเป็น)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Tip for %1</source>
        <translation>ทิปให้ %1</translation>
    </message>
    <message>
        <source>the therapist</source>
        <translation>พนักงานนวด</translation>
    </message>
    <message>
        <source>No tip</source>
        <translation>ไม่ให้ทิป</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>ทิป</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>อีวอลเล็ต</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>รับเงินมา</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>เงินทอน %1</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>เพิ่ม:</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>ยอดค้างชำระ</translation>
    </message>
    <message>
        <source>To collect with tip</source>
        <translation>ยอดเก็บรวมทิป</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>เงินทอน</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Taking payment…</source>
        <translation>กำลังรับชำระเงิน…</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>ชำระ %1</translation>
    </message>
    <message>
        <source>Paid — receipt</source>
        <translation>ชำระแล้ว — ใบเสร็จ</translation>
    </message>
    <message>
        <source>Give change: %1</source>
        <translation>ทอนเงิน: %1</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>บันทึกใบเสร็จเป็น PDF</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>บันทึก PDF ไม่ได้</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>บันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <source>Tip already recorded</source>
        <translation>ทิปที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>Charged %1 (%2 + tip %3)</source>
        <translation>เรียกเก็บ %1 (%2 + ทิป %3)</translation>
    </message>
    <message>
        <source>Tip on this line</source>
        <translation>ทิปในรายการนี้</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>ส่วนลด: %1</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>จำนวนส่วนลด</translation>
    </message>
    <message>
        <source>Discount in percent</source>
        <translation>ส่วนลดเป็นเปอร์เซ็นต์</translation>
    </message>
    <message>
        <source>Reason for the discount</source>
        <translation>เหตุผลของส่วนลด</translation>
    </message>
    <message>
        <source>Tip %1</source>
        <translation>ทิป %1</translation>
    </message>
    <message>
        <source>Custom tip</source>
        <translation>ทิปกำหนดเอง</translation>
    </message>
    <message>
        <source>Tip amount</source>
        <translation>จำนวนทิป</translation>
    </message>
    <message>
        <source>Amount of payment %1</source>
        <translation>จำนวนเงินของการชำระที่ %1</translation>
    </message>
    <message>
        <source>Remove payment %1</source>
        <translation>ลบการชำระที่ %1</translation>
    </message>
    <message>
        <source>Tip on payment %1</source>
        <translation>ทิปในการชำระที่ %1</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>เงินสดที่รับมา</translation>
    </message>
    <message>
        <source>Tendered %1</source>
        <translation>รับมา %1</translation>
    </message>
    <message>
        <source>Add a cash payment</source>
        <translation>เพิ่มการชำระเงินสด</translation>
    </message>
    <message>
        <source>Add a card payment</source>
        <translation>เพิ่มการชำระด้วยบัตร</translation>
    </message>
    <message>
        <source>Add an e-wallet payment</source>
        <translation>เพิ่มการชำระด้วยอีวอลเล็ต</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>ปัดเศษเงินสด</translation>
    </message>
    <message>
        <source>Reprint (copy)</source>
        <translation>พิมพ์ซ้ำ (สำเนา)</translation>
    </message>
    <message>
        <source>Copy sent to the printer</source>
        <translation>ส่งสำเนาไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Tax invoice…</source>
        <translation>ใบกำกับภาษี…</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <source>Choose the therapist</source>
        <translation>เลือกพนักงานนวด</translation>
    </message>
    <message>
        <source>Commission on %1</source>
        <translation>ค่าคอมมิชชันของ %1</translation>
    </message>
    <message>
        <source>Save the service&apos;s rate</source>
        <translation>บันทึกอัตราของบริการ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>What a therapist earns for each of these services done. A new rate counts for bills paid from now on; paid bills keep theirs.</source>
        <translation>สิ่งที่พนักงานนวดได้รับต่อการให้บริการนี้หนึ่งครั้ง อัตราใหม่ใช้กับบิลที่ชำระตั้งแต่นี้ไป บิลที่ชำระแล้วคงอัตราเดิม</translation>
    </message>
    <message>
        <source>No commission</source>
        <translation>ไม่มีค่าคอมมิชชัน</translation>
    </message>
    <message>
        <source>Percent of the net price</source>
        <translation>เปอร์เซ็นต์ของราคาสุทธิ</translation>
    </message>
    <message>
        <source>Fixed amount per service</source>
        <translation>จำนวนคงที่ต่อบริการ</translation>
    </message>
    <message>
        <source>How the commission is counted</source>
        <translation>วิธีคิดค่าคอมมิชชัน</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>เปอร์เซ็นต์</translation>
    </message>
    <message>
        <source>Amount per service</source>
        <translation>จำนวนเงินต่อบริการ</translation>
    </message>
    <message>
        <source>Therapists with their own rate</source>
        <translation>พนักงานนวดที่มีอัตราของตนเอง</translation>
    </message>
    <message>
        <source>None: every therapist earns the service&apos;s rate.</source>
        <translation>ไม่มี: พนักงานนวดทุกคนได้อัตราของบริการ</translation>
    </message>
    <message>
        <source>Use the service&apos;s rate</source>
        <translation>ใช้อัตราของบริการ</translation>
    </message>
    <message>
        <source>%1 back on the service&apos;s rate</source>
        <translation>%1 กลับไปใช้อัตราของบริการ</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>พนักงานนวด</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>จำนวนคงที่</translation>
    </message>
    <message>
        <source>Their rate</source>
        <translation>อัตราของเขา</translation>
    </message>
    <message>
        <source>Their percent</source>
        <translation>เปอร์เซ็นต์ของเขา</translation>
    </message>
    <message>
        <source>Their amount per service</source>
        <translation>จำนวนเงินต่อบริการของเขา</translation>
    </message>
    <message>
        <source>Set their rate</source>
        <translation>ตั้งอัตราของเขา</translation>
    </message>
</context>
<context>
    <name>CommissionEditor</name>
    <message>
        <source>Therapist %1</source>
        <translation>พนักงานนวด %1</translation>
    </message>
    <message>
        <source>%1% of the net price</source>
        <translation>%1% ของราคาสุทธิ</translation>
    </message>
    <message>
        <source>%1 per service</source>
        <translation>%1 ต่อบริการ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>A percent from 0 to 100, with at most two decimals (12.5)</source>
        <translation>เปอร์เซ็นต์ 0 ถึง 100 ทศนิยมไม่เกินสองตำแหน่ง (12.5)</translation>
    </message>
    <message>
        <source>Type the amount per service</source>
        <translation>ใส่จำนวนเงินต่อบริการ</translation>
    </message>
    <message>
        <source>Choose how the commission is counted</source>
        <translation>เลือกวิธีคิดค่าคอมมิชชัน</translation>
    </message>
</context>
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
    <name>CurrentVisitCard</name>
    <message>
        <source>In service</source>
        <translation>กำลังให้บริการ</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>ลูกค้าคนถัดไป</translation>
    </message>
    <message>
        <source>No customers yet. You get the next walk-in.</source>
        <translation>ยังไม่มีลูกค้า ลูกค้าวอล์กอินคนถัดไปเป็นของคุณ</translation>
    </message>
    <message>
        <source>No customers yet. The desk will assign your next one.</source>
        <translation>ยังไม่มีลูกค้า เคาน์เตอร์จะมอบหมายลูกค้าคนถัดไปให้คุณ</translation>
    </message>
    <message>
        <source>No customers in your queue</source>
        <translation>ไม่มีลูกค้าในคิวของคุณ</translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation>เริ่มเมื่อ %1</translation>
    </message>
    <message>
        <source>Called at %1</source>
        <translation>เรียกเมื่อ %1</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>รอคุณอยู่</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>ยังไม่มีห้อง</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>ผ่านไป</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>เหลือ</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>เกินเวลา</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>กำลังเรียก…</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>เรียกอีกครั้ง</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>เรียก</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>กำลังบันทึกว่าเสร็จ…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>เสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>A new customer needs a name and a phone number</source>
        <translation>ลูกค้าใหม่ต้องมีชื่อและเบอร์โทร</translation>
    </message>
</context>
<context>
    <name>CustomerMatches</name>
    <message>
        <source>1 visit</source>
        <translation>มาแล้ว 1 ครั้ง</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>มาแล้ว %1 ครั้ง</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>ลูกค้า %1</translation>
    </message>
    <message>
        <source>spent %1</source>
        <translation>ใช้จ่าย %1</translation>
    </message>
    <message>
        <source>1 no-show</source>
        <translation>ไม่มา 1 ครั้ง</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>ไม่มา %1 ครั้ง</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>ชอบ %1</translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation>ความชอบ: %1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>สุขภาพ: %1</translation>
    </message>
    <message>
        <source>Not this customer</source>
        <translation>ไม่ใช่ลูกค้าคนนี้</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>เลือก %1</translation>
    </message>
    <message>
        <source>Looking for the customer…</source>
        <translation>กำลังค้นหาลูกค้า…</translation>
    </message>
    <message>
        <source>No customer with this phone yet.</source>
        <translation>ยังไม่มีลูกค้าที่ใช้เบอร์นี้</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Your ticket</source>
        <comment>the page&apos;s title</comment>
        <translation>บัตรคิวของคุณ</translation>
    </message>
    <message>
        <source>Ticket</source>
        <comment>label above the ticket number</comment>
        <translation>หมายเลขคิว</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>status</comment>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>Therapist assigned</source>
        <comment>status</comment>
        <translation>ได้พนักงานนวดแล้ว</translation>
    </message>
    <message>
        <source>It&apos;s your turn</source>
        <comment>status</comment>
        <translation>ถึงคิวของคุณแล้ว</translation>
    </message>
    <message>
        <source>In treatment</source>
        <comment>status</comment>
        <translation>กำลังรับบริการ</translation>
    </message>
    <message>
        <source>Treatment finished</source>
        <comment>status</comment>
        <translation>รับบริการเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>status</comment>
        <translation>ชำระเงินแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status</comment>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>status of a no-show</comment>
        <translation>ปิดคิวแล้ว</translation>
    </message>
    <message>
        <source>Keep this page open: it changes by itself when it is your turn.</source>
        <comment>hint while waiting</comment>
        <translation>เปิดหน้านี้ไว้ได้เลย หน้านี้จะแจ้งเองเมื่อถึงคิวของคุณ</translation>
    </message>
    <message>
        <source>Relax and enjoy your treatment.</source>
        <comment>hint during the treatment</comment>
        <translation>ผ่อนคลายให้สบายนะคะ</translation>
    </message>
    <message>
        <source>If you need help, please ask at the front desk.</source>
        <comment>hint on a cancelled or closed ticket</comment>
        <translation>หากต้องการความช่วยเหลือ กรุณาสอบถามที่เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Your therapist %1 is ready</source>
        <comment>banner when called; %1 is the therapist&apos;s name</comment>
        <translation>พนักงานนวด %1 พร้อมให้บริการแล้ว</translation>
    </message>
    <message>
        <source>Your therapist %1 is ready — %2</source>
        <comment>banner when called; %1 the therapist&apos;s name, %2 the room</comment>
        <translation>พนักงานนวด %1 พร้อมให้บริการแล้ว — %2</translation>
    </message>
    <message>
        <source>Please make your way there now.</source>
        <comment>under the called banner</comment>
        <translation>เชิญได้เลยค่ะ</translation>
    </message>
    <message>
        <source>Paid — thank you</source>
        <comment>banner after payment</comment>
        <translation>ชำระเงินแล้ว — ขอบคุณค่ะ</translation>
    </message>
    <message>
        <source>We hope to see you again soon.</source>
        <comment>under the paid banner</comment>
        <translation>แล้วพบกันใหม่นะคะ</translation>
    </message>
    <message>
        <source>Please pay at the front desk: %1</source>
        <comment>banner after the treatment; %1 is the amount due</comment>
        <translation>กรุณาชำระเงินที่เคาน์เตอร์ %1</translation>
    </message>
    <message>
        <source>Position in line</source>
        <comment>fact label</comment>
        <translation>ลำดับคิว</translation>
    </message>
    <message>
        <source>You&apos;re next</source>
        <comment>position when first in line</comment>
        <translation>คิวถัดไปคือคุณ</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <comment>fact label</comment>
        <translation>เวลารอโดยประมาณ</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>estimated wait; %1 is a duration</comment>
        <translation>ประมาณ %1</translation>
    </message>
    <message>
        <source>any moment now</source>
        <comment>estimated wait</comment>
        <translation>อีกสักครู่</translation>
    </message>
    <message>
        <source>not known yet</source>
        <comment>estimated wait</comment>
        <translation>ยังไม่ทราบ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration in whole hours</comment>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration; %1 hours, %2 minutes</comment>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>Therapist</source>
        <comment>fact label</comment>
        <translation>พนักงานนวด</translation>
    </message>
    <message>
        <source>Treatment room</source>
        <comment>fact label</comment>
        <translation>ห้องบริการ</translation>
    </message>
    <message>
        <source>Services</source>
        <comment>fact label</comment>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>fact label: the visit&apos;s price</comment>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Live updates</source>
        <comment>the stream is connected</comment>
        <translation>อัปเดตอัตโนมัติ</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <comment>the stream is down</comment>
        <translation>กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <comment>shown when the browser runs no script</comment>
        <translation>หน้านี้จะโหลดใหม่ทุก 30 วินาที</translation>
    </message>
    <message>
        <source>We can&apos;t find this ticket</source>
        <comment>unknown ticket code</comment>
        <translation>ไม่พบบัตรคิวนี้</translation>
    </message>
    <message>
        <source>Please check the link or the QR code on your ticket, or ask at the front desk.</source>
        <comment>unknown ticket code</comment>
        <translation>กรุณาตรวจสอบลิงก์หรือคิวอาร์โค้ดบนบัตรคิว หรือสอบถามที่เคาน์เตอร์</translation>
    </message>
    <message>
        <source>,</source>
        <comment>thousands separator in money: 1,250.00</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal separator in money: 1,250.00</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <comment>fact label: the services&apos; prices</comment>
        <translation>ยอดรวมย่อย</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>fact label</comment>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>Service charge</source>
        <comment>fact label</comment>
        <translation>ค่าบริการ</translation>
    </message>
    <message>
        <source>Tax</source>
        <comment>fact label when the venue names no tax</comment>
        <translation>ภาษี</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation>ปิดเมื่อ %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>ส่งออก CSV</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>บันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <source>Close day…</source>
        <translation>ปิดวัน…</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>ทิป</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>รับเงินทั้งหมด</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>รายการที่ยกเลิก</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>ตามวิธีชำระ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>วิธีชำระ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>อีวอลเล็ต</translation>
    </message>
    <message>
        <source>Tips by therapist</source>
        <translation>ทิปตามพนักงานนวด</translation>
    </message>
    <message>
        <source>Visits by hour</source>
        <translation>ลูกค้าตามช่วงเวลา</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>รายการชำระเงิน</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>ยกเลิกรายการ: %1</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>ยกเลิกรายการ…</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>ปิดวัน %1 ไหม</translation>
    </message>
    <message>
        <source>The day&apos;s money will be frozen: no more payments or voids on it. Revenue %1, tips %2.</source>
        <translation>ยอดเงินของวันนี้จะถูกปิด ไม่สามารถรับชำระหรือยกเลิกรายการได้อีก รายได้ %1 ทิป %2</translation>
    </message>
    <message>
        <source>Void the payment of %1</source>
        <translation>ยกเลิกการชำระของ %1</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>ปิดวัน</translation>
    </message>
    <message>
        <source>Cash shift open since %1 · float %2 · expected %3</source>
        <translation>กะเงินสดเปิดตั้งแต่ %1 · เงินทอนตั้งต้น %2 · ยอดที่ควรมี %3</translation>
    </message>
    <message>
        <source>No cash shift open: cash cannot be taken</source>
        <translation>ยังไม่ได้เปิดกะเงินสด: รับเงินสดไม่ได้</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>ปิดกะ…</translation>
    </message>
    <message>
        <source>Open shift…</source>
        <translation>เปิดกะ…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>สัปดาห์นี้</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>ช่วงวันที่</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Pay in/out…</source>
        <translation>เงินเข้า/ออก…</translation>
    </message>
    <message>
        <source>Bill…</source>
        <translation>บิล…</translation>
    </message>
    <message>
        <source>The bill of %1: reprint, tax invoice, refund</source>
        <translation>บิลของ %1: พิมพ์ซ้ำ ใบกำกับภาษี คืนเงิน</translation>
    </message>
    <message>
        <source>tips paid out to Budi</source>
        <translation>จ่ายทิปให้บูดี</translation>
    </message>
    <message>
        <source>oil allergy: the massage stopped early</source>
        <translation>แพ้น้ำมัน: หยุดนวดก่อนเวลา</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Give a reason for the void</source>
        <translation>กรุณาระบุเหตุผลการยกเลิกรายการ</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>เขียนไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Load the day first</source>
        <translation>กรุณาโหลดข้อมูลวันก่อน</translation>
    </message>
</context>
<context>
    <name>DeskPrinter</name>
    <message>
        <source>Give the printer as host, host:port or a device such as /dev/usb/lp0</source>
        <translation>ระบุเครื่องพิมพ์เป็น host, host:port หรืออุปกรณ์ เช่น /dev/usb/lp0</translation>
    </message>
    <message>
        <source>Paper is 58 or 80 mm wide</source>
        <translation>กระดาษกว้าง 58 หรือ 80 มม.</translation>
    </message>
    <message>
        <source>Choose the drawer&apos;s pin</source>
        <translation>เลือกขาของลิ้นชัก</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>บัตรคิว %1</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>หน้าทดสอบ</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>เปิดลิ้นชัก</translation>
    </message>
    <message>
        <source>Print 1 to %1 copies of the receipt</source>
        <translation>พิมพ์ใบเสร็จได้ 1 ถึง %1 ฉบับ</translation>
    </message>
    <message>
        <source>Receipt %1 (copy)</source>
        <translation>ใบเสร็จ %1 (สำเนา)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>ใบเสร็จ %1</translation>
    </message>
    <message>
        <source>That visit has no receipt</source>
        <translation>รายการนี้ไม่มีใบเสร็จ</translation>
    </message>
    <message>
        <source>Shift %1 close</source>
        <translation>ปิดกะ %1</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>รายงาน Z %1</translation>
    </message>
    <message>
        <source>Tax invoice %1 (copy)</source>
        <translation>ใบกำกับภาษี %1 (สำเนา)</translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation>ใบกำกับภาษี %1</translation>
    </message>
    <message>
        <source>Refund on receipt %1</source>
        <translation>คืนเงินตามใบเสร็จ %1</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>That setup code is not right. It is in the server&apos;s log and in the file setup-code in its data folder.</source>
        <translation>รหัสตั้งค่าไม่ถูกต้อง ดูได้ในบันทึกของเซิร์ฟเวอร์ และในไฟล์ setup-code ในโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>This server is already set up: sign in instead.</source>
        <translation>เซิร์ฟเวอร์นี้ตั้งค่าแล้ว กรุณาเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>That user name is taken.</source>
        <translation>ชื่อผู้ใช้นี้มีคนใช้แล้ว</translation>
    </message>
    <message>
        <source>Another room already has that name.</source>
        <translation>มีห้องอื่นใช้ชื่อนี้แล้ว</translation>
    </message>
    <message>
        <source>A guest is in this room now: it can be retired once the visit there ends.</source>
        <translation>ขณะนี้มีลูกค้าอยู่ในห้องนี้ เลิกใช้ห้องได้เมื่อการใช้บริการในห้องจบแล้ว</translation>
    </message>
    <message>
        <source>The current password is not right; nothing was changed.</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The currency cannot change: payments were already taken in the current one.</source>
        <translation>เปลี่ยนสกุลเงินไม่ได้ เพราะรับชำระเงินด้วยสกุลเงินปัจจุบันไปแล้ว</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
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
    <message>
        <source>Waiting</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>กำลังให้บริการ</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>รอชำระ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มา</translation>
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
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>ล็อกอยู่</translation>
    </message>
    <message>
        <source>No customers in your queue</source>
        <translation>ไม่มีลูกค้าในคิวของคุณ</translation>
    </message>
    <message>
        <source>Not %1? Sign out</source>
        <translation>ไม่ใช่ %1 ใช่ไหม ออกจากระบบ</translation>
    </message>
    <message>
        <source>Enter your PIN to unlock</source>
        <translation>ใส่รหัส PIN เพื่อปลดล็อก</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Customers in your queue: %1</source>
        <translation>ลูกค้าในคิวของคุณ: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Spa Suite — Wall monitor</source>
        <translation>Spa Suite — จอแสดงคิว</translation>
    </message>
    <message>
        <source>Spa Suite — Front desk</source>
        <translation>Spa Suite — เคาน์เตอร์</translation>
    </message>
    <message>
        <source>%1 — Front desk</source>
        <translation>%1 — เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>คิว</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแล</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>แคชเชียร์</translation>
    </message>
    <message>
        <source>Spa Suite — Therapist</source>
        <translation>Spa Suite — พนักงานนวด</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>เข้าสู่ระบบเป็น %1</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>เปิดลิ้นชัก</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>ไม่มีอะไรให้บันทึก</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>บันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <source>Drawer opened — recorded in the shift</source>
        <translation>เปิดลิ้นชักแล้ว — บันทึกไว้ในกะ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>การจอง</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <source>With a customer</source>
        <translation>กำลังให้บริการลูกค้า</translation>
    </message>
    <message>
        <source>On break: your turn is kept</source>
        <translation>พัก: คิวของคุณยังอยู่</translation>
    </message>
    <message>
        <source>Off shift</source>
        <translation>นอกกะ</translation>
    </message>
    <message>
        <source>Available: next walk-in is yours</source>
        <translation>ว่าง: ลูกค้าวอล์กอินคนถัดไปเป็นของคุณ</translation>
    </message>
    <message>
        <source>Available: number %1 in turn</source>
        <translation>ว่าง: ลำดับที่ %1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ล็อก</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Complete the service now?</source>
        <translation>จบการให้บริการตอนนี้เลยไหม?</translation>
    </message>
    <message>
        <source>%1 of the booked time is still left.</source>
        <translation>ยังเหลือเวลาที่จองไว้อีก %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ยังก่อน</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>คิว</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>วันนี้ของฉัน</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Not an amount</source>
        <translation>ไม่ใช่จำนวนเงิน</translation>
    </message>
</context>
<context>
    <name>MyDayPanel</name>
    <message>
        <source>My day</source>
        <translation>วันนี้ของฉัน</translation>
    </message>
    <message>
        <source>No bookings or customers today yet</source>
        <translation>วันนี้ยังไม่มีการจองหรือลูกค้า</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>จองไว้</translation>
    </message>
    <message>
        <source>Walk-in %1</source>
        <translation>วอล์คอิน %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>พูด%1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>สุขภาพ: %1</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>รอคุณอยู่</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>ภาษาอินโดนีเซีย</translation>
    </message>
</context>
<context>
    <name>NextBookingStrip</name>
    <message>
        <source>Khun %1</source>
        <extracomment>How the tablet names a guest: a polite form of address and their first name</extracomment>
        <translation>คุณ%1</translation>
    </message>
    <message>
        <source>Next booking: %1 %2, %3</source>
        <extracomment>%1 the time, %2 the guest (&quot;Khun Somchai&quot;), %3 services and length</extracomment>
        <translation>การจองถัดไป: %1 %2, %3</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>%1, your therapist is ready</source>
        <translation>คุณ %1 พนักงานนวดพร้อมให้บริการแล้ว</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>ชำระเงินเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>ขอบคุณค่ะ คุณ %1</translation>
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
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>เว้นวรรค</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>ยกแคร่</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>ตัวอักษรละติน</translation>
    </message>
    <message>
        <source>Thai letters</source>
        <translation>ตัวอักษรไทย</translation>
    </message>
</context>
<context>
    <name>OpeningHoursModel</name>
    <message>
        <source>Times as HH:MM, from 00:00 to 23:59</source>
        <translation>เวลาแบบ HH:MM ตั้งแต่ 00:00 ถึง 23:59</translation>
    </message>
    <message>
        <source>Opening and closing cannot be the same time</source>
        <translation>เวลาเปิดและปิดต้องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>วันจันทร์</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>วันอังคาร</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>วันพุธ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>วันพฤหัสบดี</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>วันศุกร์</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>วันเสาร์</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>วันอาทิตย์</translation>
    </message>
</context>
<context>
    <name>OwnPassword</name>
    <message>
        <source>Enter your current password.</source>
        <translation>กรอกรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>กรอกรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>รหัสผ่านใหม่ทั้งสองไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>เปลี่ยนรหัสผ่านของคุณ</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>กำลังเปลี่ยน…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>Your other sessions (another desk, a tablet) end and need the new password.</source>
        <translation>เซสชันอื่นของคุณ (เครื่องอื่น แท็บเล็ต) จะสิ้นสุดและต้องใช้รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>อย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>รหัสผ่านใหม่อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>PaymentMethodBox</name>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>อีวอลเล็ต</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>วิธีชำระเงิน</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>ลบตัวเลขสุดท้าย</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>ป้อนตัวเลขแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation>เครื่องพิมพ์ใบเสร็จ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>ที่อยู่เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.50:9100 or /dev/usb/lp0</source>
        <translation>เช่น 192.168.1.50:9100 หรือ /dev/usb/lp0</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 มม.</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 มม.</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>ลิ้นชักเก็บเงิน</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>On pin 2 (usual)</source>
        <translation>ขา 2 (ทั่วไป)</translation>
    </message>
    <message>
        <source>On pin 5</source>
        <translation>ขา 5</translation>
    </message>
    <message>
        <source>Cut after each slip</source>
        <translation>ตัดกระดาษทุกใบ</translation>
    </message>
    <message>
        <source>Print the ticket at check-in</source>
        <translation>พิมพ์บัตรคิวเมื่อเช็คอิน</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>พิมพ์หน้าทดสอบ</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>เปิดลิ้นชัก</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>ใบเสร็จ</translation>
    </message>
    <message>
        <source>Copies of the receipt</source>
        <translation>จำนวนสำเนาใบเสร็จ</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 ฉบับ</translation>
    </message>
    <message>
        <source>2 copies</source>
        <translation>2 ฉบับ</translation>
    </message>
    <message>
        <source>3 copies</source>
        <translation>3 ฉบับ</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>อีวอลเล็ต</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>บัตรคิว</translation>
    </message>
    <message>
        <source>Therapist: %1</source>
        <translation>พนักงานนวด: %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>ยอดรวมย่อย</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>ส่วนลด (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Tip for %1</source>
        <translation>ทิปให้ %1</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>รับเงินมา</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เงินทอน</translation>
    </message>
    <message>
        <source>Thank you — see you again soon!</source>
        <translation>ขอบคุณค่ะ แล้วพบกันใหม่</translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>บัตรคิวของคุณ</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>สแกนเพื่อดูลำดับคิวของคุณ</translation>
    </message>
    <message>
        <source>%1 + tip %2</source>
        <translation>%1 + ทิป %2</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>สำเนา</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>เลขประจำตัวผู้เสียภาษี: %1</translation>
    </message>
    <message>
        <source>Receipt No. %1</source>
        <translation>ใบเสร็จเลขที่ %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ชำระเมื่อ</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>ภาษี</translation>
    </message>
    <message>
        <source>Service charge %1% (included)</source>
        <translation>ค่าบริการ %1% (รวมแล้ว)</translation>
    </message>
    <message>
        <source>Service charge %1%</source>
        <translation>ค่าบริการ %1%</translation>
    </message>
    <message>
        <source>%1 %2% (included)</source>
        <translation>%1 %2% (รวมแล้ว)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>ปัดเศษเงินสด</translation>
    </message>
</context>
<context>
    <name>QueueBoard</name>
    <message>
        <source>Check in</source>
        <translation>เช็กอิน</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>กำลังให้บริการ</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>รอชำระเงิน</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Turn order</source>
        <translation>ลำดับคิว</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>ไม่มีลูกค้ารอ</translation>
    </message>
    <message>
        <source>Check in a customer</source>
        <translation>เช็กอินลูกค้า</translation>
    </message>
    <message>
        <source>No one is assigned to a therapist yet.</source>
        <translation>ยังไม่มีลูกค้าที่จัดหมอนวดแล้ว</translation>
    </message>
    <message>
        <source>No treatment in progress.</source>
        <translation>ไม่มีการให้บริการอยู่</translation>
    </message>
    <message>
        <source>Nothing to pay.</source>
        <translation>ไม่มีรายการรอชำระ</translation>
    </message>
    <message>
        <source>Checked in %1 — %2</source>
        <translation>เช็คอิน %1 — %2 แล้ว</translation>
    </message>
    <message>
        <source>next: %1 %2</source>
        <translation>ถัดไป: %1 %2</translation>
    </message>
</context>
<context>
    <name>RangeReportView</name>
    <message>
        <source>Collected</source>
        <translation>รับเงินทั้งหมด</translation>
    </message>
    <message>
        <source>after refunds</source>
        <translation>หลังคืนเงิน</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>บิล</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>สุทธิ %1</translation>
    </message>
    <message>
        <source>Service charge · tax</source>
        <translation>ค่าบริการ · ภาษี</translation>
    </message>
    <message>
        <source>discounts %1</source>
        <translation>ส่วนลด %1</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>%1 voids · %2 cancelled · %3 no-show</source>
        <translation>ยกเลิกรายการ %1 · ยกเลิก %2 · ไม่มา %3</translation>
    </message>
    <message>
        <source>Wait quoted · actual</source>
        <translation>เวลารอ แจ้ง · จริง</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 นาที</translation>
    </message>
    <message>
        <source>p90 %1 · %2 min</source>
        <translation>p90 %1 · %2 นาที</translation>
    </message>
    <message>
        <source>no waits yet</source>
        <translation>ยังไม่มีข้อมูลการรอ</translation>
    </message>
    <message>
        <source>Collected by month</source>
        <translation>รับเงินรายเดือน</translation>
    </message>
    <message>
        <source>Collected by day</source>
        <translation>รับเงินรายวัน</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>ตามวิธีชำระ</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>อีวอลเล็ต</translation>
    </message>
    <message>
        <source>refunds %1</source>
        <translation>คืนเงิน %1</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>บริการยอดนิยม</translation>
    </message>
    <message>
        <source>By therapist</source>
        <translation>ตามนักบำบัด</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>พนักงานนวด</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>ค่าคอมมิชชัน</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>ทิป</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>ยอดจ่าย</translation>
    </message>
    <message>
        <source>Nothing paid in these days.</source>
        <translation>ไม่มีการชำระเงินในช่วงวันนี้</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>ยกเลิก %1</translation>
    </message>
    <message>
        <source>No-show %1</source>
        <translation>ไม่มา %1</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>เหตุผล (จำเป็น)</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>เหตุผล (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>กลับ</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>ยกเลิกการเข้ารับบริการ</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>บันทึกว่าไม่มา</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>ReceiptSlip</name>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>อีวอลเล็ต</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>สำเนา</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>เลขประจำตัวผู้เสียภาษี: %1</translation>
    </message>
    <message>
        <source>Receipt No. %1</source>
        <translation>ใบเสร็จเลขที่ %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>บัตรคิว %1</translation>
    </message>
    <message>
        <source>Therapist: %1</source>
        <translation>พนักงานนวด: %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>ยอดรวมย่อย</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>ส่วนลด (%1)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>ภาษี</translation>
    </message>
    <message>
        <source>Service charge %1% (included)</source>
        <translation>ค่าบริการ %1% (รวมแล้ว)</translation>
    </message>
    <message>
        <source>Service charge %1%</source>
        <translation>ค่าบริการ %1%</translation>
    </message>
    <message>
        <source>%1 %2% (included)</source>
        <translation>%1 %2% (รวมแล้ว)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>ปัดเศษเงินสด</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>ทิป</translation>
    </message>
    <message>
        <source>Tip for %1</source>
        <translation>ทิปให้ %1</translation>
    </message>
    <message>
        <source>%1 + tip %2</source>
        <translation>%1 + ทิป %2</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>รับเงินมา</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เงินทอน</translation>
    </message>
    <message>
        <source>Thank you — see you again soon!</source>
        <translation>ขอบคุณค่ะ แล้วพบกันใหม่</translation>
    </message>
    <message>
        <source>Reprinted %1</source>
        <translation>พิมพ์ซ้ำ %1</translation>
    </message>
    <message>
        <source>TAX INVOICE</source>
        <translation>ใบกำกับภาษีเต็มรูป</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ผู้ซื้อ</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund — ticket %1, %2</source>
        <translation>คืนเงิน — บัตรคิว %1, %2</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>คืนเงิน %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>ใบเสร็จเลขที่</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Refunded before</source>
        <translation>คืนเงินไปแล้ว</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>คืนได้อีก</translation>
    </message>
    <message>
        <source>Amount to give back</source>
        <translation>จำนวนเงินที่คืน</translation>
    </message>
    <message>
        <source>Give back by</source>
        <translation>คืนทาง</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Reason (required), e.g. oil allergy, service cut short</source>
        <translation>เหตุผล (จำเป็น) เช่น แพ้น้ำมัน บริการไม่ครบเวลา</translation>
    </message>
    <message>
        <source>An admin approves a cashier&apos;s refund: the admin chooses their name and types their PIN.</source>
        <translation>การคืนเงินโดยแคชเชียร์ต้องได้รับอนุมัติจากผู้ดูแล: ผู้ดูแลเลือกชื่อตนเองและใส่ PIN</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>อนุมัติโดย</translation>
    </message>
    <message>
        <source>Admin&apos;s PIN</source>
        <translation>PIN ของผู้ดูแล</translation>
    </message>
    <message>
        <source>%1 given back by %2.</source>
        <translation>คืนเงิน %1 ทาง%2แล้ว</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>อีวอลเล็ต</translation>
    </message>
    <message>
        <source>The refund slip is printing and the drawer opens: give the cash and ask the customer to sign the slip.</source>
        <translation>กำลังพิมพ์ใบคืนเงินและลิ้นชักจะเปิด: คืนเงินสดและให้ลูกค้าลงชื่อในใบคืนเงิน</translation>
    </message>
    <message>
        <source>The refund slip is printing: ask the customer to sign it.</source>
        <translation>กำลังพิมพ์ใบคืนเงิน: ให้ลูกค้าลงชื่อ</translation>
    </message>
    <message>
        <source>No receipt printer is set up: no slip was printed.</source>
        <translation>ยังไม่ได้ตั้งเครื่องพิมพ์ใบเสร็จ: ไม่ได้พิมพ์ใบคืนเงิน</translation>
    </message>
</context>
<context>
    <name>RefundForm</name>
    <message>
        <source>Loading the bill…</source>
        <translation>กำลังโหลดบิล…</translation>
    </message>
    <message>
        <source>Only a paid bill can be refunded</source>
        <translation>คืนเงินได้เฉพาะบิลที่ชำระแล้ว</translation>
    </message>
    <message>
        <source>Everything paid on this bill has been refunded</source>
        <translation>บิลนี้คืนเงินครบแล้ว</translation>
    </message>
    <message>
        <source>Type the amount to give back</source>
        <translation>ใส่จำนวนเงินที่จะคืน</translation>
    </message>
    <message>
        <source>At most %1 is left to refund on this bill</source>
        <translation>บิลนี้คืนได้อีกไม่เกิน %1</translation>
    </message>
    <message>
        <source>Give a reason for the refund</source>
        <translation>ระบุเหตุผลการคืนเงิน</translation>
    </message>
    <message>
        <source>A cashier&apos;s refund needs an admin: the admin chooses their name</source>
        <translation>การคืนเงินโดยแคชเชียร์ต้องมีผู้ดูแล: ผู้ดูแลเลือกชื่อตนเอง</translation>
    </message>
    <message>
        <source>The admin types their PIN</source>
        <translation>ผู้ดูแลใส่ PIN ของตนเอง</translation>
    </message>
    <message>
        <source>Less is left to refund on this bill than that (another refund was made meanwhile): at most %1</source>
        <translation>บิลนี้เหลือให้คืนน้อยกว่านั้น (มีการคืนเงินอีกรายการในระหว่างนี้): ไม่เกิน %1</translation>
    </message>
    <message>
        <source>No cash shift is open: open one on the Reports page, or give the refund by card or e-wallet</source>
        <translation>ยังไม่ได้เปิดกะเงินสด: เปิดกะที่หน้ารายงาน หรือคืนเงินทางบัตรหรืออีวอลเล็ต</translation>
    </message>
    <message>
        <source>The drawer does not hold that much cash: give the refund by card or e-wallet</source>
        <translation>ในลิ้นชักมีเงินสดไม่พอ: คืนเงินทางบัตรหรืออีวอลเล็ต</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this admin: wait 15 minutes, or ask another admin</source>
        <translation>ใส่ PIN ผิดหลายครั้งเกินไป: รอ 15 นาที หรือให้ผู้ดูแลคนอื่นอนุมัติ</translation>
    </message>
    <message>
        <source>Wrong PIN: %1 types it again</source>
        <translation>PIN ไม่ถูกต้อง: ให้ %1 ใส่ใหม่</translation>
    </message>
    <message>
        <source>%1 has no approval PIN yet: an admin sets one under Admin, Staff</source>
        <translation>%1 ยังไม่มี PIN สำหรับอนุมัติ: ผู้ดูแลตั้งได้ที่ ผู้ดูแลระบบ &gt; พนักงาน</translation>
    </message>
    <message>
        <source>Only an active admin can approve a refund</source>
        <translation>เฉพาะผู้ดูแลที่ใช้งานอยู่เท่านั้นที่อนุมัติการคืนเงินได้</translation>
    </message>
    <message>
        <source>A cashier&apos;s refund needs an admin&apos;s approval</source>
        <translation>การคืนเงินโดยแคชเชียร์ต้องได้รับอนุมัติจากผู้ดูแล</translation>
    </message>
</context>
<context>
    <name>RefundSlip</name>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>อีวอลเล็ต</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>เลขประจำตัวผู้เสียภาษี: %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>ใบคืนเงิน</translation>
    </message>
    <message>
        <source>for Receipt No. %1</source>
        <translation>ตามใบเสร็จเลขที่ %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>คืนเงินเมื่อ</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>บัตรคิว %1</translation>
    </message>
    <message>
        <source>Bill total</source>
        <translation>ยอดบิล</translation>
    </message>
    <message>
        <source>Refund to %1</source>
        <translation>คืนทาง%1</translation>
    </message>
    <message>
        <source>Refunded on this bill in all</source>
        <translation>คืนเงินบิลนี้รวมทั้งหมด</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
    <message>
        <source>Given by: %1</source>
        <translation>ผู้คืนเงิน: %1</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>อนุมัติโดย: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>ลายมือชื่อลูกค้า</translation>
    </message>
</context>
<context>
    <name>ReportsState</name>
    <message>
        <source>Write the dates as YYYY-MM-DD.</source>
        <translation>เขียนวันที่เป็น YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>วันแรกอยู่หลังวันสุดท้าย</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) at once</source>
        <translation>
            <numerusform>รับได้ครั้งละ %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) now</source>
        <translation>
            <numerusform>มีลูกค้า %n คนตอนนี้</numerusform>
        </translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>เลิกใช้</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>เลิกใช้ %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>นำกลับมาใช้</translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation>นำ %1 กลับมาใช้</translation>
    </message>
    <message>
        <source>No rooms yet. Visits get a room when a therapist is assigned, so add the first one.</source>
        <translation>ยังไม่มีห้อง ลูกค้าจะได้ห้องเมื่อจัดหมอนวด จึงควรเพิ่มห้องแรก</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>เพิ่มห้อง</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>ห้องใหม่</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>e.g. Room 4, Couples suite</source>
        <translation>เช่น ห้อง 4, ห้องคู่</translation>
    </message>
    <message>
        <source>Guests at once</source>
        <translation>ลูกค้าพร้อมกัน</translation>
    </message>
    <message>
        <source>From 1 to 20</source>
        <translation>ตั้งแต่ 1 ถึง 20</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>เลิกแก้ไข</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>บันทึกห้อง</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>เพิ่มห้อง</translation>
    </message>
</context>
<context>
    <name>RoomsState</name>
    <message>
        <source>The room needs a name.</source>
        <translation>ห้องต้องมีชื่อ</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>เพิ่ม %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 retired</source>
        <translation>เลิกใช้ %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 is in use again</source>
        <translation>%1 กลับมาใช้แล้ว</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>The business day is closed: its visits and money can no longer change.</source>
        <translation>วันทำการนี้ปิดแล้ว: แก้ไขรายการลูกค้าและยอดเงินไม่ได้อีก</translation>
    </message>
    <message>
        <source>This visit is already paid.</source>
        <translation>รายการนี้ชำระเงินแล้ว</translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation>รายการชำระนี้ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <source>The day still has open visits: finish, cancel or mark them as no-shows first.</source>
        <translation>ยังมีรายการที่เปิดอยู่: ให้เสร็จ ยกเลิก หรือบันทึกว่าไม่มาก่อน</translation>
    </message>
    <message>
        <source>No therapist is free in the turn order.</source>
        <translation>ไม่มีพนักงานนวดว่างตามคิว</translation>
    </message>
    <message>
        <source>That therapist is not on shift.</source>
        <translation>พนักงานนวดคนนี้ไม่ได้เข้ากะ</translation>
    </message>
    <message>
        <source>That therapist is with a guest.</source>
        <translation>พนักงานนวดคนนี้กำลังให้บริการ</translation>
    </message>
    <message>
        <source>That room is taken.</source>
        <translation>ห้องนี้ไม่ว่าง</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>บัญชีของคุณไม่มีสิทธิ์ทำรายการนี้</translation>
    </message>
    <message>
        <source>This payment was already sent with other figures; open the checkout again.</source>
        <translation>รายการชำระนี้ถูกส่งไปแล้วด้วยยอดอื่น กรุณาเปิดหน้าชำระเงินใหม่</translation>
    </message>
    <message>
        <source>Too many requests at once; try again in a moment.</source>
        <translation>ส่งคำขอมากเกินไป กรุณาลองใหม่อีกครู่</translation>
    </message>
    <message>
        <source>Your session has ended; please sign in again.</source>
        <translation>เซสชันสิ้นสุดแล้ว กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>The server cannot save right now; nothing was changed. Tell the manager.</source>
        <translation>เซิร์ฟเวอร์บันทึกข้อมูลไม่ได้ในขณะนี้ ไม่มีการเปลี่ยนแปลงใด ๆ กรุณาแจ้งผู้จัดการ</translation>
    </message>
    <message>
        <source>Too many visits are open; finish or cancel some first.</source>
        <translation>มีรายการที่ยังเปิดอยู่มากเกินไป กรุณาปิดหรือยกเลิกบางรายการก่อน</translation>
    </message>
    <message>
        <source>That time is taken: the therapist or the room has another booking then (clean-up time included).</source>
        <translation>เวลานั้นไม่ว่าง: หมอนวดหรือห้องมีการจองอื่นอยู่ (รวมเวลาทำความสะอาด)</translation>
    </message>
    <message>
        <source>The room is full at that time.</source>
        <translation>ห้องเต็มในเวลานั้น</translation>
    </message>
    <message>
        <source>That time is outside the venue&apos;s opening hours or the therapist&apos;s working hours.</source>
        <translation>เวลานั้นอยู่นอกเวลาเปิดร้านหรือนอกเวลาทำงานของหมอนวด</translation>
    </message>
    <message>
        <source>Too early for a no-show: the customer still has their grace time.</source>
        <translation>ยังเร็วเกินไปที่จะบันทึกว่าไม่มา: ลูกค้ายังอยู่ในเวลาผ่อนผัน</translation>
    </message>
    <message>
        <source>Only today&apos;s bookings can arrive.</source>
        <translation>เช็กอินได้เฉพาะการจองของวันนี้</translation>
    </message>
    <message>
        <source>No therapist is free at that time.</source>
        <translation>ไม่มีหมอนวดว่างในเวลานั้น</translation>
    </message>
    <message>
        <source>No room is free at that time.</source>
        <translation>ไม่มีห้องว่างในเวลานั้น</translation>
    </message>
    <message>
        <source>A customer with that phone number already exists: find them instead.</source>
        <translation>มีลูกค้าที่ใช้เบอร์นี้แล้ว: ค้นหาแทน</translation>
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
    <message>
        <source>Wrong PIN</source>
        <translation>PIN ไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings saved</source>
        <translation>บันทึกการตั้งค่าแล้ว</translation>
    </message>
    <message>
        <source>Venue settings</source>
        <translation>การตั้งค่าร้าน</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>ชื่อร้าน</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>เลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
        <source>Address for customers&apos; phones</source>
        <translation>ที่อยู่สำหรับโทรศัพท์ลูกค้า</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>ข้อความท้ายใบเสร็จ</translation>
    </message>
    <message>
        <source>e.g. Thank you! See you again</source>
        <translation>เช่น ขอบคุณค่ะ แล้วพบกันใหม่</translation>
    </message>
    <message>
        <source>Money, time and language</source>
        <translation>สกุลเงิน เวลา และภาษา</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>ภาษาเริ่มต้น</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>เวลาทำการ</translation>
    </message>
    <message>
        <source>Same every day</source>
        <translation>เหมือนกันทุกวัน</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 opens at</source>
        <translation>%1 เปิดเวลา</translation>
    </message>
    <message>
        <source>%1 closes at</source>
        <translation>%1 ปิดเวลา</translation>
    </message>
    <message>
        <source>Wall screen announcements</source>
        <translation>การประกาศบนจอติดผนัง</translation>
    </message>
    <message>
        <source>Seconds each call shows</source>
        <translation>วินาทีที่แสดงการเรียกแต่ละครั้ง</translation>
    </message>
    <message>
        <source>Missed calls: announce up to (s)</source>
        <translation>การเรียกที่พลาด: ประกาศย้อนหลังไม่เกิน (วินาที)</translation>
    </message>
    <message>
        <source>Repeat each call in</source>
        <translation>ประกาศซ้ำเป็นภาษา</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>ไม่มีภาษาที่สอง</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>Room 1</source>
        <translation>ห้อง 1</translation>
    </message>
    <message>
        <source>Type the room&apos;s name first.</source>
        <translation>พิมพ์ชื่อห้องก่อน</translation>
    </message>
    <message>
        <source>A room&apos;s name can have at most %1 characters.</source>
        <translation>ชื่อห้องยาวได้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>มีห้องชื่อ %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>Enter the setup code the server printed.</source>
        <translation>กรอกรหัสตั้งค่าที่เซิร์ฟเวอร์แสดง</translation>
    </message>
    <message>
        <source>The venue needs a name.</source>
        <translation>ร้านต้องมีชื่อ</translation>
    </message>
    <message>
        <source>Choose the venue&apos;s time zone.</source>
        <translation>เลือกเขตเวลาของร้าน</translation>
    </message>
    <message>
        <source>A user name needs at least 2 characters.</source>
        <translation>ชื่อผู้ใช้ต้องมีอย่างน้อย 2 ตัวอักษร</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setup code</source>
        <translation>รหัสตั้งค่า</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Money, time and language</source>
        <translation>สกุลเงิน เวลา และภาษา</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>First admin</source>
        <translation>ผู้ดูแลคนแรก</translation>
    </message>
    <message>
        <source>Set up Spa Suite</source>
        <translation>ตั้งค่า Spa Suite</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ขั้นตอนที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <translation>%1 (ขั้นตอนปัจจุบัน)</translation>
    </message>
    <message>
        <source>This server has no admin yet. Its one-time setup code is in the server&apos;s log and in the file setup-code in its data folder (for example /var/lib/spa/setup-code).</source>
        <translation>เซิร์ฟเวอร์นี้ยังไม่มีผู้ดูแล รหัสตั้งค่าแบบใช้ครั้งเดียวอยู่ในบันทึกของเซิร์ฟเวอร์ และในไฟล์ setup-code ในโฟลเดอร์ข้อมูล (เช่น /var/lib/spa/setup-code)</translation>
    </message>
    <message>
        <source>12 letters and digits</source>
        <translation>ตัวอักษรและตัวเลข 12 ตัว</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>เซิร์ฟเวอร์: %1</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>ชื่อร้าน</translation>
    </message>
    <message>
        <source>As on the receipts and the wall screen</source>
        <translation>ตามที่แสดงบนใบเสร็จและจอแสดงผล</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>ที่อยู่ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>โทรศัพท์ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Tax ID (optional)</source>
        <translation>เลขประจำตัวผู้เสียภาษี (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Address for customers&apos; phones (optional)</source>
        <translation>ที่อยู่สำหรับโทรศัพท์ลูกค้า (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>The QR code on a ticket opens this address. Leave it empty and the server offers its own address on the local network.</source>
        <translation>คิวอาร์โค้ดบนบัตรคิวจะเปิดที่อยู่นี้ หากเว้นว่างไว้ เซิร์ฟเวอร์จะใช้ที่อยู่ของตัวเองในเครือข่ายภายใน</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>ภาษาเริ่มต้น</translation>
    </message>
    <message>
        <source>Prices are kept in the currency&apos;s smallest unit; it cannot change once money is taken.</source>
        <translation>ราคาเก็บเป็นหน่วยย่อยของสกุลเงิน และเปลี่ยนสกุลเงินไม่ได้เมื่อรับเงินแล้ว</translation>
    </message>
    <message>
        <source>The treatment rooms or beds. A visit gets the first free one when a therapist is assigned. More can be added later in Admin.</source>
        <translation>ห้องหรือเตียงนวด ลูกค้าจะได้ห้องแรกที่ว่างเมื่อจัดหมอนวด เพิ่มห้องได้ภายหลังในหน้าผู้ดูแล</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>ห้องใหม่</translation>
    </message>
    <message>
        <source>e.g. Room 2, Couples suite</source>
        <translation>เช่น ห้อง 2, ห้องคู่</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>เพิ่มห้อง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>ลบ %1</translation>
    </message>
    <message>
        <source>No rooms yet: visits then get none. Type a name above and press Enter.</source>
        <translation>ยังไม่มีห้อง: ลูกค้าจะไม่ได้ห้อง พิมพ์ชื่อด้านบนแล้วกด Enter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>ชื่อที่แสดง (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>อย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>This admin signs in at once and can then add the other staff, services and prices in Admin.</source>
        <translation>ผู้ดูแลคนนี้จะเข้าสู่ระบบทันที แล้วเพิ่มพนักงาน บริการ และราคาได้ในหน้าผู้ดูแล</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>กำลังตั้งค่า…</translation>
    </message>
    <message>
        <source>Set up and sign in</source>
        <translation>ตั้งค่าและเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Open cash shift</source>
        <translation>เปิดกะเงินสด</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>ปิดกะแล้ว</translation>
    </message>
    <message>
        <source>Close cash shift</source>
        <translation>ปิดกะเงินสด</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>เปิดกะ</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>ปิดกะ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>เงินทอนตั้งต้น</translation>
    </message>
    <message>
        <source>Cash sales and tips</source>
        <translation>ยอดขายเงินสดและทิป</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>ยอดที่ควรมีในลิ้นชัก</translation>
    </message>
    <message>
        <source>Counted float</source>
        <translation>เงินทอนที่นับได้</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>เงินสดที่นับได้</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>เกิน</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>หมายเหตุ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ยอดที่ควรมี</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <source>Pay in or out</source>
        <translation>นำเงินเข้าหรือจ่ายออก</translation>
    </message>
    <message>
        <source>Pay in</source>
        <translation>นำเงินเข้า</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>จ่ายเงินออก</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>คืนเงินสด</translation>
    </message>
    <message>
        <source>Pay-ins</source>
        <translation>เงินนำเข้า</translation>
    </message>
    <message>
        <source>Pay-outs</source>
        <translation>เงินจ่ายออก</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>เข้า: %1</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>ออก: %1</translation>
    </message>
    <message>
        <source>Pay out of the drawer</source>
        <translation>จ่ายออกจากลิ้นชัก</translation>
    </message>
    <message>
        <source>Pay into the drawer</source>
        <translation>นำเข้าลิ้นชัก</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Reason (required), e.g. tips paid out to Budi</source>
        <translation>เหตุผล (จำเป็น) เช่น จ่ายทิปให้บูดี</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>ShiftSlip</name>
    <message>
        <source>Cash shift close</source>
        <translation>ปิดกะเงินสด</translation>
    </message>
    <message>
        <source>Cash shift (open)</source>
        <translation>กะเงินสด (เปิดอยู่)</translation>
    </message>
    <message>
        <source>Shift %1 · %2</source>
        <translation>กะ %1 · %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>โดย %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>เงินทอนตั้งต้น</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>ยอดขายเงินสด</translation>
    </message>
    <message>
        <source>Cash tips</source>
        <translation>ทิปเงินสด</translation>
    </message>
    <message>
        <source>Cash voids</source>
        <translation>ยกเลิกรายการเงินสด</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>คืนเงินสด</translation>
    </message>
    <message>
        <source>Pay-in</source>
        <translation>นำเงินเข้า</translation>
    </message>
    <message>
        <source>Pay-out</source>
        <translation>นำเงินออก</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>ยอดที่ควรมีในลิ้นชัก</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>เกิน</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>Drawer opened without a sale</source>
        <translation>เปิดลิ้นชักโดยไม่มีการขาย</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>พิมพ์เมื่อ %1</translation>
    </message>
    <message>
        <source>Counted by: ____________________</source>
        <translation>ผู้นับ: ____________________</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Front desk</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Sign in to start the day</source>
        <translation>เข้าสู่ระบบเพื่อเริ่มวัน</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>กำลังเข้าสู่ระบบ…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Therapist sign-in</source>
        <translation>พนักงานนวดเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>คุณคือใคร</translation>
    </message>
    <message>
        <source>No therapists are set up yet</source>
        <translation>ยังไม่มีพนักงานนวดในระบบ</translation>
    </message>
    <message>
        <source>Loading names…</source>
        <translation>กำลังโหลดรายชื่อ…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation>เลือกชื่อของคุณ</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>สวัสดี %1</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>ใส่รหัส PIN</translation>
    </message>
    <message>
        <source>Spa Suite</source>
        <translation>Spa Suite</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>An address like http://192.168.1.10:5000</source>
        <translation>ที่อยู่ เช่น http://192.168.1.10:5000</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
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
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ไม่อยู่</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>With a customer: Complete the service to change your status</source>
        <translation>กำลังให้บริการ: กดเสร็จสิ้นก่อนเปลี่ยนสถานะ</translation>
    </message>
</context>
<context>
    <name>TaxInvoiceDialog</name>
    <message>
        <source>Tax invoice — receipt %1</source>
        <translation>ใบกำกับภาษี — ใบเสร็จ %1</translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation>ใบกำกับภาษี</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>พิมพ์สำเนา</translation>
    </message>
    <message>
        <source>Record and print</source>
        <translation>บันทึกและพิมพ์</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Recorded: the tax invoice is printing.</source>
        <translation>บันทึกแล้ว: กำลังพิมพ์ใบกำกับภาษี</translation>
    </message>
    <message>
        <source>This bill has its tax invoice. One is made per bill; print a copy of it.</source>
        <translation>บิลนี้มีใบกำกับภาษีแล้ว ออกได้บิลละหนึ่งใบ พิมพ์สำเนาแทน</translation>
    </message>
    <message>
        <source>For a buyer who claims the tax back: the invoice names them. One per bill, and it cannot be changed once recorded.</source>
        <translation>สำหรับผู้ซื้อที่ต้องการใช้สิทธิ์ภาษี: ใบกำกับภาษีระบุชื่อผู้ซื้อ ออกได้บิลละหนึ่งใบ และแก้ไขไม่ได้เมื่อบันทึกแล้ว</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (person or company)</source>
        <translation>ชื่อผู้ซื้อ (บุคคลหรือบริษัท)</translation>
    </message>
    <message>
        <source>Buyer&apos;s address</source>
        <translation>ที่อยู่ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Buyer&apos;s tax ID</source>
        <translation>เลขประจำตัวผู้เสียภาษีของผู้ซื้อ</translation>
    </message>
</context>
<context>
    <name>TaxInvoiceForm</name>
    <message>
        <source>Loading the bill…</source>
        <translation>กำลังโหลดบิล…</translation>
    </message>
    <message>
        <source>A tax invoice is made for a paid bill</source>
        <translation>ออกใบกำกับภาษีได้เฉพาะบิลที่ชำระแล้ว</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s name (a person or a company)</source>
        <translation>ใส่ชื่อผู้ซื้อ (บุคคลหรือบริษัท)</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s address</source>
        <translation>ใส่ที่อยู่ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s tax ID</source>
        <translation>ใส่เลขประจำตัวผู้เสียภาษีของผู้ซื้อ</translation>
    </message>
    <message>
        <source>A tax ID has digits, and only letters, spaces and - . / besides</source>
        <translation>เลขประจำตัวผู้เสียภาษีต้องมีตัวเลข และมีได้เพียงตัวอักษร ช่องว่าง และ - . / นอกจากนั้น</translation>
    </message>
    <message>
        <source>This bill already has a tax invoice: it is shown here, print a copy of it</source>
        <translation>บิลนี้มีใบกำกับภาษีแล้ว: แสดงไว้ที่นี่ พิมพ์สำเนาได้</translation>
    </message>
</context>
<context>
    <name>TestPageSlip</name>
    <message>
        <source>Printer test page</source>
        <translation>หน้าทดสอบเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>%1 mm, %2 dots</source>
        <translation>%1 มม., %2 จุด</translation>
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
    <message>
        <source>Guest assigned</source>
        <translation>มีลูกค้าแล้ว</translation>
    </message>
</context>
<context>
    <name>TherapistState</name>
    <message>
        <source>Your session ended; please sign in again</source>
        <translation>เซสชันสิ้นสุดแล้ว กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>The server answered %1</source>
        <translation>เซิร์ฟเวอร์ตอบกลับ %1</translation>
    </message>
    <message>
        <source>The server refused this</source>
        <translation>เซิร์ฟเวอร์ไม่อนุญาต</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Too many attempts; wait a few minutes</source>
        <translation>ลองหลายครั้งเกินไป กรุณารอสักครู่</translation>
    </message>
</context>
<context>
    <name>ThermalPrinter</name>
    <message>
        <source>Printer not answering — %1</source>
        <translation>เครื่องพิมพ์ไม่ตอบสนอง — %1</translation>
    </message>
    <message>
        <source>Printer stopped mid-slip — %1 (out of paper?)</source>
        <translation>เครื่องพิมพ์หยุดกลางสลิป — %1 (กระดาษหมด?)</translation>
    </message>
    <message>
        <source>Printer not connected — %1</source>
        <translation>ไม่ได้เชื่อมต่อเครื่องพิมพ์ — %1</translation>
    </message>
    <message>
        <source>No printer set up for this desk</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์สำหรับเคาน์เตอร์นี้</translation>
    </message>
    <message>
        <source>Printer cover open and out of paper — %1</source>
        <translation>ฝาเครื่องพิมพ์เปิดและกระดาษหมด — %1</translation>
    </message>
    <message>
        <source>Printer cover open — %1</source>
        <translation>ฝาเครื่องพิมพ์เปิดอยู่ — %1</translation>
    </message>
    <message>
        <source>Printer out of paper — %1</source>
        <translation>เครื่องพิมพ์กระดาษหมด — %1</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Print ticket</source>
        <translation>พิมพ์บัตรคิว</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>ส่งไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Save as PDF instead</source>
        <translation>บันทึกเป็น PDF แทน</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>บัตรคิว</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>สแกนเพื่อดูลำดับคิวของคุณ</translation>
    </message>
    <message>
        <source>Save ticket as PDF</source>
        <translation>บันทึกบัตรคิวเป็น PDF</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>บันทึก PDF ไม่ได้</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>บันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>บัตรคิว %1</translation>
    </message>
    <message>
        <source>QR code of the customer&apos;s page</source>
        <translation>คิวอาร์โค้ดหน้าของลูกค้า</translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your ticket</source>
        <translation>บัตรคิวของคุณ</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>สแกนเพื่อติดตามคิวของคุณ</translation>
    </message>
</context>
<context>
    <name>TimeZoneBox</name>
    <message>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <source>Search, e.g. Bangkok or +07</source>
        <translation>ค้นหา เช่น Bangkok หรือ +07</translation>
    </message>
    <message>
        <source>No time zone matches “%1”</source>
        <translation>ไม่มีเขตเวลาที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1 ตอนนี้ %2</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>ให้บริการแล้ว</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>ทำงานแล้ว</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>ทิป</translation>
    </message>
</context>
<context>
    <name>TouchConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>TouchErrorStrip</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>TurnOrderPanel</name>
    <message>
        <source>Turn order</source>
        <translation>ลำดับคิว</translation>
    </message>
    <message>
        <source>Nobody is free for walk-ins</source>
        <translation>ไม่มีใครว่างรับลูกค้าวอล์กอิน</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (คุณ)</translation>
    </message>
    <message>
        <source>next walk-in</source>
        <translation>วอล์กอินคนถัดไป</translation>
    </message>
    <message>
        <source>on break</source>
        <translation>พัก</translation>
    </message>
</context>
<context>
    <name>UpNextList</name>
    <message>
        <source>Up next</source>
        <translation>คนถัดไป</translation>
    </message>
    <message>
        <source>No one else in your queue</source>
        <translation>ไม่มีลูกค้าคนอื่นในคิวของคุณ</translation>
    </message>
    <message>
        <source>Called at %1</source>
        <translation>เรียกเมื่อ %1</translation>
    </message>
</context>
<context>
    <name>VenueSettings</name>
    <message>
        <source>Some opening hours are not valid; see the days marked.</source>
        <translation>เวลาทำการบางวันไม่ถูกต้อง ดูวันที่มีเครื่องหมาย</translation>
    </message>
</context>
<context>
    <name>VisitCard</name>
    <message>
        <source>waited %1</source>
        <translation>รอมา %1</translation>
    </message>
    <message>
        <source>next up</source>
        <translation>คนถัดไป</translation>
    </message>
    <message>
        <source>starts in ~%1</source>
        <translation>เริ่มในอีกประมาณ %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>ค้าง %1</translation>
    </message>
    <message>
        <source>called</source>
        <translation>เรียกแล้ว</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>เลือกหมอนวด</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>เปลี่ยนหมอนวด</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มา</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>ยกเลิกคิว</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>ชำระเงิน</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void payment %1 — %2</source>
        <translation>ยกเลิกรายการชำระ %1 — %2</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>เหตุผล (จำเป็น)</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ยกเลิกรายการ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Waiting</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+อีก %1 คิว</translation>
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
<context>
    <name>ZReportSlip</name>
    <message>
        <source>Tax ID: %1</source>
        <translation>เลขประจำตัวผู้เสียภาษี: %1</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>รายงาน Z</translation>
    </message>
    <message>
        <source>X report (day still open)</source>
        <translation>รายงาน X (วันยังไม่ปิด)</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>ปิดเมื่อ %1</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>บิล</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>ใบเสร็จ</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>ยอดขายสุทธิ</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>ค่าบริการ</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>ภาษี</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>ปัดเศษเงินสด</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>ตามวิธีชำระ</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>อีวอลเล็ต</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>รับเงินทั้งหมด</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>ทิป</translation>
    </message>
    <message>
        <source>Voids × %1</source>
        <translation>ยกเลิก × %1</translation>
    </message>
    <message>
        <source>Discounts × %1</source>
        <translation>ส่วนลด × %1</translation>
    </message>
    <message>
        <source>Refunds × %1</source>
        <translation>คืนเงิน × %1</translation>
    </message>
    <message>
        <source>Net collected</source>
        <translation>เก็บได้สุทธิ</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>ตามบริการ</translation>
    </message>
    <message>
        <source>Cash shifts</source>
        <translation>กะเงินสด</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>กะ %1</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>นับได้ %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ยอดที่ควรมี</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>เกิน</translation>
    </message>
    <message>
        <source>Drawer opened without a sale</source>
        <translation>เปิดลิ้นชักโดยไม่มีการขาย</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>พิมพ์เมื่อ %1</translation>
    </message>
</context>
</TS>
