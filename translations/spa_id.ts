<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminPage</name>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Ubah layanan</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Layanan baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapis</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Staf baru</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Leave empty to keep</source>
        <translation>Kosongkan untuk tetap</translation>
    </message>
    <message>
        <source>Kiosk devices</source>
        <translation>Perangkat kios</translation>
    </message>
    <message>
        <source>Device name, e.g. Lobby TV</source>
        <translation>Nama perangkat, mis. TV lobi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Services, staff and devices</source>
        <translation>Layanan, staf, dan perangkat</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dipensiunkan</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Pensiunkan %1</translation>
    </message>
    <message>
        <source>5 to 480</source>
        <translation>5 sampai 480</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Berhenti mengubah</translation>
    </message>
    <message>
        <source>Save service</source>
        <translation>Simpan layanan</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Tambah layanan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Nonaktifkan %1</translation>
    </message>
    <message>
        <source>Save staff member</source>
        <translation>Simpan staf</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Tambah staf</translation>
    </message>
    <message>
        <source>No kiosk devices yet.</source>
        <translation>Belum ada perangkat kios.</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Perangkat baru</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Tambah perangkat</translation>
    </message>
    <message>
        <source>Token for the new device (shown once)</source>
        <translation>Token perangkat baru (ditampilkan sekali)</translation>
    </message>
    <message>
        <source>Self check-in</source>
        <translation>Check-in mandiri</translation>
    </message>
    <message>
        <source>Wall monitor</source>
        <translation>Monitor dinding</translation>
    </message>
    <message>
        <source>Device role</source>
        <translation>Jenis perangkat</translation>
    </message>
    <message numerus="yes">
        <source>Commission: %1 (%n own rate(s))</source>
        <translation>
            <numerusform>Komisi: %1 (%n tarif sendiri)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commission: %1</source>
        <translation>Komisi: %1</translation>
    </message>
    <message>
        <source>Commission…</source>
        <translation>Komisi…</translation>
    </message>
    <message>
        <source>Commission on %1</source>
        <translation>Komisi untuk %1</translation>
    </message>
</context>
<context>
    <name>ArrivingSoonStrip</name>
    <message>
        <source>Arriving soon</source>
        <translation>Segera tiba</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 lagi</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign %1 — %2</source>
        <translation>Tugaskan %1 — %2</translation>
    </message>
    <message>
        <source>Next in turn: %1</source>
        <translation>Giliran berikutnya: %1</translation>
    </message>
    <message>
        <source>No one is free in the turn order</source>
        <translation>Tidak ada yang bebas dalam giliran</translation>
    </message>
    <message>
        <source>no free time today</source>
        <translation>tidak ada waktu luang hari ini</translation>
    </message>
    <message>
        <source>free now</source>
        <translation>luang sekarang</translation>
    </message>
    <message>
        <source>free in %1</source>
        <translation>luang dalam %1</translation>
    </message>
    <message>
        <source>Or choose a therapist</source>
        <translation>Atau pilih terapis</translation>
    </message>
    <message>
        <source>number %1 in the turn order</source>
        <translation>nomor %1 dalam urutan giliran</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Giliran %1</translation>
    </message>
    <message>
        <source>next: %1 %2</source>
        <translation>berikutnya: %1 %2</translation>
    </message>
    <message>
        <source>Scroll the therapists</source>
        <translation>Gulir daftar terapis</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>Visit changed</source>
        <translation>Kunjungan diubah</translation>
    </message>
    <message>
        <source>Customer called</source>
        <translation>Pelanggan dipanggil</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Layanan dimulai</translation>
    </message>
    <message>
        <source>Service completed</source>
        <translation>Layanan selesai</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>Kunjungan dibatalkan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak datang</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>Diskon diberikan</translation>
    </message>
    <message>
        <source>Payment taken</source>
        <translation>Pembayaran diterima</translation>
    </message>
    <message>
        <source>Visit paid in full</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>Pembayaran dibatalkan</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>Hari ditutup</translation>
    </message>
    <message>
        <source>Therapist status</source>
        <translation>Status terapis</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Layanan ditambahkan</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Layanan diubah</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>Staf ditambahkan</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>Staf diubah</translation>
    </message>
    <message>
        <source>Staff member deactivated</source>
        <translation>Staf dinonaktifkan</translation>
    </message>
    <message>
        <source>Device added</source>
        <translation>Perangkat ditambahkan</translation>
    </message>
    <message>
        <source>Device revoked</source>
        <translation>Perangkat dicabut</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>Refund given</source>
        <translation>Pengembalian dana diberikan</translation>
    </message>
    <message>
        <source>Tax invoice issued</source>
        <translation>Faktur pajak diterbitkan</translation>
    </message>
    <message>
        <source>Cash shift opened</source>
        <translation>Shift kas dibuka</translation>
    </message>
    <message>
        <source>Cash shift closed</source>
        <translation>Shift kas ditutup</translation>
    </message>
    <message>
        <source>Cash paid in or out</source>
        <translation>Kas masuk atau keluar</translation>
    </message>
    <message>
        <source>Drawer opened, no sale</source>
        <translation>Laci dibuka, tanpa penjualan</translation>
    </message>
    <message>
        <source>Commission set</source>
        <translation>Komisi diatur</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diubah</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN diubah</translation>
    </message>
    <message>
        <source>Working hours changed</source>
        <translation>Jam kerja diubah</translation>
    </message>
    <message>
        <source>Room added</source>
        <translation>Ruang ditambahkan</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>Ruang diubah</translation>
    </message>
    <message>
        <source>Room retired</source>
        <translation>Ruang dipensiunkan</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>Venue set up</source>
        <translation>Tempat disiapkan</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>Pelanggan ditambahkan</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Pelanggan diubah</translation>
    </message>
    <message>
        <source>Booking made</source>
        <translation>Pemesanan dibuat</translation>
    </message>
    <message>
        <source>Booking changed</source>
        <translation>Pemesanan diubah</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Pemesanan dibatalkan</translation>
    </message>
    <message>
        <source>Booking arrived</source>
        <translation>Pemesan telah datang</translation>
    </message>
    <message>
        <source>Booking no-show</source>
        <translation>Pemesan tidak datang</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n perubahan</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dari alamat</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapis</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Tampilkan lebih banyak</translation>
    </message>
    <message>
        <source>No changes in these days.</source>
        <translation>Tidak ada perubahan pada hari-hari ini.</translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <source>Bill of ticket %1 — %2</source>
        <translation>Tagihan tiket %1 — %2</translation>
    </message>
    <message>
        <source>Reprint the receipt</source>
        <translation>Cetak ulang struk</translation>
    </message>
    <message>
        <source>Tax invoice…</source>
        <translation>Faktur pajak…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Pengembalian dana…</translation>
    </message>
    <message>
        <source>No receipt printer is set up at this desk: set one up under Printer to print.</source>
        <translation>Meja ini belum punya printer struk: atur di Printer untuk mencetak.</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
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
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Sudah datang</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak datang</translation>
    </message>
    <message>
        <source>walk-in visit</source>
        <translation>kunjungan langsung</translation>
    </message>
    <message>
        <source>group of %1</source>
        <translation>rombongan %1</translation>
    </message>
    <message>
        <source>Arrow keys move it, Shift+arrow keys make it shorter or longer, Enter opens it</source>
        <translation>Tombol panah memindahkan, Shift+panah memendekkan atau memperpanjang, Enter membuka</translation>
    </message>
    <message>
        <source>Shift+arrow keys make it shorter or longer, Enter opens it</source>
        <translation>Shift+panah memendekkan atau memperpanjang, Enter membuka</translation>
    </message>
</context>
<context>
    <name>BookingDay</name>
    <message>
        <source>Say why the booking is cancelled.</source>
        <translation>Sebutkan alasan pemesanan dibatalkan.</translation>
    </message>
</context>
<context>
    <name>BookingDetailsDialog</name>
    <message>
        <source>Booking — %1</source>
        <translation>Pemesanan — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Batalkan pemesanan</translation>
    </message>
    <message>
        <source>any therapist</source>
        <translation>terapis mana saja</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Sudah datang</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak datang</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Any free room on arrival</source>
        <translation>Ruang kosong saat tiba</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Batalkan pemesanan…</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Mengapa dibatalkan?</translation>
    </message>
    <message>
        <source>The customer called, illness, …</source>
        <translation>Pelanggan menelepon, sakit, …</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Change booking</source>
        <translation>Ubah pemesanan</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Pemesanan baru</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Phone or name</source>
        <translation>Telepon atau nama</translation>
    </message>
    <message>
        <source>Name (customer record)</source>
        <translation>Nama (data pelanggan)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>Save as customer</source>
        <translation>Simpan sebagai pelanggan</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Pelanggan yang ditemukan</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 kunjungan</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 kunjungan</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>%1 kali tidak datang</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>lebih suka %1</translation>
    </message>
    <message>
        <source>No customer found: type their name to book them, and Save as customer to keep them.</source>
        <translation>Pelanggan tidak ditemukan: ketik namanya untuk memesan, dan Simpan sebagai pelanggan untuk menyimpannya.</translation>
    </message>
    <message>
        <source>No service chosen yet</source>
        <translation>Belum ada layanan dipilih</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 dari %2 sampai %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapis</translation>
    </message>
    <message>
        <source>Any therapist</source>
        <translation>Terapis mana saja</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Any free room</source>
        <translation>Ruang kosong mana saja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Find a free time</source>
        <translation>Cari waktu kosong</translation>
    </message>
    <message>
        <source>No free time that day for these services.</source>
        <translation>Tidak ada waktu kosong hari itu untuk layanan ini.</translation>
    </message>
    <message>
        <source>Free at %1</source>
        <translation>Kosong pukul %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lagi</translation>
    </message>
    <message>
        <source>Notes: requests, pressure, allergies…</source>
        <translation>Catatan: permintaan, tekanan, alergi…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Guest %1</source>
        <translation>Tamu %1</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Tambah tamu</translation>
    </message>
    <message>
        <source>Guest %1&apos;s name</source>
        <translation>Nama tamu %1</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Hapus tamu</translation>
    </message>
    <message>
        <source>Therapist for guest %1</source>
        <translation>Terapis untuk tamu %1</translation>
    </message>
    <message>
        <source>Room they share</source>
        <translation>Ruang bersama</translation>
    </message>
    <message>
        <source>%1 (holds %2)</source>
        <translation>%1 (muat %2)</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <source>Type the start time as hours and minutes, like 14:30.</source>
        <translation>Ketik waktu mulai sebagai jam dan menit, seperti 14:30.</translation>
    </message>
    <message>
        <source>Type the date as year-month-day, like 2026-12-24.</source>
        <translation>Ketik tanggal sebagai tahun-bulan-hari, seperti 2026-12-24.</translation>
    </message>
    <message>
        <source>Choose the services first: the free times depend on how long they take.</source>
        <translation>Pilih layanan dulu: waktu kosong tergantung lamanya.</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Pilih setidaknya satu layanan.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name or find their record.</source>
        <translation>Ketik nama pelanggan atau cari datanya.</translation>
    </message>
    <message>
        <source>A booking here takes up to %1 guests; book the others separately.</source>
        <translation>Satu pemesanan memuat paling banyak %1 tamu; pesan yang lain secara terpisah.</translation>
    </message>
    <message>
        <source>Choose at least one service for guest %1.</source>
        <translation>Pilih minimal satu layanan untuk tamu %1.</translation>
    </message>
    <message>
        <source>Type the name of guest %1.</source>
        <translation>Ketik nama tamu %1.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Arrived: on the queue board now</source>
        <translation>Sudah datang: kini ada di papan antrean</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Pemesanan dibatalkan</translation>
    </message>
    <message>
        <source>Marked as a no-show</source>
        <translation>Ditandai tidak datang</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapis</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Minggu sebelumnya</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Hari sebelumnya</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Minggu berikutnya</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Hari berikutnya</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Minggu %1</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Pemesanan baru</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Sudah datang</translation>
    </message>
    <message>
        <source>Walk-in visit</source>
        <translation>Kunjungan langsung</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak datang</translation>
    </message>
    <message>
        <source>Shaded: not working</source>
        <translation>Arsir: tidak bekerja</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Tidak bekerja</translation>
    </message>
    <message>
        <source>Booked: %1 at %2</source>
        <translation>Dipesan: %1 pukul %2</translation>
    </message>
    <message>
        <source>Shaded: not working · click free time to book · drag or use the arrow keys to move · drag the lower edge or Shift+arrows to resize</source>
        <translation>Arsir: tidak bekerja · klik waktu kosong untuk memesan · seret atau panah: pindah · tepi bawah atau Shift+panah: durasi</translation>
    </message>
</context>
<context>
    <name>CallPhrases</name>
    <message>
        <source>Ticket %1, please go to %2.</source>
        <translation>Nomor %1, silakan ke %2.</translation>
    </message>
    <message>
        <source>Ticket %1, please come to the desk.</source>
        <translation>Nomor %1, silakan ke meja depan.</translation>
    </message>
    <message>
        <source>Ticket %1, thank you.</source>
        <translation>Nomor %1, terima kasih.</translation>
    </message>
</context>
<context>
    <name>CashShift</name>
    <message>
        <source>No cash shift is open: open one (Day page) before opening the drawer</source>
        <translation>Tidak ada shift kas yang terbuka: buka satu (halaman Hari) sebelum membuka laci</translation>
    </message>
    <message>
        <source>The drawer should not hold that much cash: pay out less, or count the drawer first</source>
        <translation>Laci seharusnya tidak berisi uang tunai sebanyak itu: keluarkan lebih sedikit, atau hitung laci dulu</translation>
    </message>
    <message>
        <source>This cash shift is closed: open a new one first</source>
        <translation>Shift kas ini sudah ditutup: buka shift baru dulu</translation>
    </message>
    <message>
        <source>Choose pay-in or pay-out</source>
        <translation>Pilih kas masuk atau kas keluar</translation>
    </message>
    <message>
        <source>Type the amount</source>
        <translation>Ketik jumlahnya</translation>
    </message>
    <message>
        <source>Give a reason (for example: tips paid out to Budi)</source>
        <translation>Beri alasan (misalnya: tip dibayarkan ke Budi)</translation>
    </message>
    <message>
        <source>No cash shift is open: open one before moving cash</source>
        <translation>Belum ada shift kas yang dibuka: buka dulu sebelum memindahkan uang tunai</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in a customer</source>
        <translation>Check-in pelanggan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapis</translation>
    </message>
    <message>
        <source>First available (turn order)</source>
        <translation>Yang pertama tersedia (giliran)</translation>
    </message>
    <message>
        <source>next in turn</source>
        <translation>giliran berikutnya</translation>
    </message>
    <message>
        <source>on break</source>
        <translation>istirahat</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Pressure, allergies, requests…</source>
        <translation>Tekanan, alergi, permintaan…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>No service chosen yet</source>
        <translation>Belum ada layanan dipilih</translation>
    </message>
    <message>
        <source>1 service, %1</source>
        <translation>1 layanan, %1</translation>
    </message>
    <message>
        <source>%1 services, %2</source>
        <translation>%1 layanan, %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>next: %1 %2</source>
        <translation>berikutnya: %1 %2</translation>
    </message>
    <message>
        <source>Optional; finds the customer</source>
        <translation>Opsional; mencari pelanggan</translation>
    </message>
</context>
<context>
    <name>CheckinDetailsPage</name>
    <message>
        <source>Your first name</source>
        <translation>Nama depan Anda</translation>
    </message>
    <message>
        <source>First name (we call you by it)</source>
        <translation>Nama depan (kami memanggil Anda dengan nama ini)</translation>
    </message>
    <message>
        <source>Tap to type</source>
        <translation>Ketuk untuk mengetik</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telepon (opsional)</translation>
    </message>
    <message>
        <source>So the desk can reach you</source>
        <translation>Agar resepsionis dapat menghubungi Anda</translation>
    </message>
    <message>
        <source>Cannot reach the front desk. Please try again, or ask at the desk.</source>
        <translation>Tidak dapat terhubung ke resepsionis. Silakan coba lagi, atau tanyakan di resepsionis.</translation>
    </message>
    <message>
        <source>Check-in did not work: %1</source>
        <translation>Check-in gagal: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Sedang check-in…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>CheckinServicesPage</name>
    <message>
        <source>What would you like today?</source>
        <translation>Perawatan apa yang Anda inginkan hari ini?</translation>
    </message>
    <message>
        <source>Tap one or more treatments.</source>
        <translation>Ketuk satu perawatan atau lebih.</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Belum ada yang dipilih</translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s), %1</source>
        <translation>
            <numerusform>%n perawatan, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
</context>
<context>
    <name>CheckinStartPage</name>
    <message>
        <source>Welcome! Check in here</source>
        <translation>Selamat datang! Check-in di sini</translation>
    </message>
    <message>
        <source>Pick your treatments and get your queue ticket.</source>
        <translation>Pilih perawatan Anda dan ambil tiket antrean.</translation>
    </message>
    <message>
        <source>No wait right now.</source>
        <translation>Tidak perlu menunggu saat ini.</translation>
    </message>
    <message>
        <source>Current wait: about %1.</source>
        <translation>Waktu tunggu saat ini: sekitar %1.</translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation>Mulai check-in</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>CheckinState</name>
    <message>
        <source>Ticket %1</source>
        <translation>Tiket %1</translation>
    </message>
</context>
<context>
    <name>CheckinTicketPage</name>
    <message>
        <source>Thank you, %1! Your number is</source>
        <translation>Terima kasih, %1! Nomor Anda</translation>
    </message>
    <message>
        <source>We will call your number soon.</source>
        <translation>Nomor Anda akan segera dipanggil.</translation>
    </message>
    <message>
        <source>You are next: please take a seat.</source>
        <translation>Anda berikutnya: silakan duduk.</translation>
    </message>
    <message>
        <source>Estimated wait: about %1.</source>
        <translation>Perkiraan waktu tunggu: sekitar %1.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Mencetak tiket Anda…</translation>
    </message>
    <message>
        <source>Take your printed ticket below.</source>
        <translation>Ambil tiket cetak Anda di bawah.</translation>
    </message>
    <message>
        <source>The printer is not working. Scan the code or remember your number.</source>
        <translation>Printer tidak berfungsi. Pindai kode atau ingat nomor Anda.</translation>
    </message>
    <message>
        <source>No ticket printer here. Scan the code or remember your number.</source>
        <translation>Tidak ada printer tiket di sini. Pindai kode atau ingat nomor Anda.</translation>
    </message>
    <message>
        <source>Scan to follow your turn on your phone.</source>
        <translation>Pindai untuk memantau giliran Anda di ponsel.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n second(s)</source>
        <translation>
            <numerusform>Kembali ke awal dalam %n detik</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <source>Spa Suite — Self check-in</source>
        <translation>Spa Suite — Check-in mandiri</translation>
    </message>
    <message>
        <source>Self check-in is not available right now. Please ask at the front desk.</source>
        <translation>Check-in mandiri tidak tersedia saat ini. Silakan tanyakan di resepsionis.</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Open a visit to check out</source>
        <translation>Buka kunjungan untuk membayar</translation>
    </message>
    <message>
        <source>Only a completed service can be paid</source>
        <translation>Hanya layanan yang selesai yang bisa dibayar</translation>
    </message>
    <message>
        <source>The discount is more than the bill</source>
        <translation>Diskon melebihi tagihan</translation>
    </message>
    <message>
        <source>Give a reason for the discount</source>
        <translation>Berikan alasan diskon</translation>
    </message>
    <message>
        <source>The discount would leave less than is already paid</source>
        <translation>Diskon membuat tagihan lebih kecil dari yang sudah dibayar</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>Tidak ada tagihan</translation>
    </message>
    <message>
        <source>Add a payment</source>
        <translation>Tambahkan pembayaran</translation>
    </message>
    <message>
        <source>Each payment needs an amount</source>
        <translation>Setiap pembayaran perlu jumlah</translation>
    </message>
    <message>
        <source>The cash tendered is less than the amount</source>
        <translation>Uang tunai yang diterima kurang dari jumlahnya</translation>
    </message>
    <message>
        <source>Still to allocate: %1</source>
        <translation>Belum dialokasikan: %1</translation>
    </message>
    <message>
        <source>The payments are more than the balance by %1</source>
        <translation>Pembayaran melebihi sisa tagihan sebesar %1</translation>
    </message>
    <message>
        <source>Not connected to the server: Pay waits for the connection</source>
        <translation>Tidak terhubung ke server: Bayar menunggu koneksi</translation>
    </message>
    <message>
        <source>Service charge %1% (included)</source>
        <translation>Biaya layanan %1% (termasuk)</translation>
    </message>
    <message>
        <source>Service charge %1%</source>
        <translation>Biaya layanan %1%</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>%1 %2% (included)</source>
        <translation>%1 %2% (termasuk)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>No cash shift is open. Open one on the Day page (Open shift), or take this payment by card or e-wallet.</source>
        <translation>Belum ada shift kas yang dibuka. Buka di halaman Hari (Buka shift), atau terima pembayaran ini dengan kartu atau dompet digital.</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Checkout %1 — %2</source>
        <translation>Pembayaran %1 — %2</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Persen</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Alasan (wajib)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Tip for %1</source>
        <translation>Tip untuk %1</translation>
    </message>
    <message>
        <source>the therapist</source>
        <translation>terapis</translation>
    </message>
    <message>
        <source>No tip</source>
        <translation>Tanpa tip</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>lunas</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Kembalian %1</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Tambah:</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <source>To collect with tip</source>
        <translation>Ditagih termasuk tip</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Taking payment…</source>
        <translation>Memproses pembayaran…</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Bayar %1</translation>
    </message>
    <message>
        <source>Paid — receipt</source>
        <translation>Lunas — struk</translation>
    </message>
    <message>
        <source>Give change: %1</source>
        <translation>Beri kembalian: %1</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Simpan struk sebagai PDF</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>PDF tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Tip already recorded</source>
        <translation>Tip yang sudah tercatat</translation>
    </message>
    <message>
        <source>Charged %1 (%2 + tip %3)</source>
        <translation>Ditagih %1 (%2 + tip %3)</translation>
    </message>
    <message>
        <source>Tip on this line</source>
        <translation>Tip di baris ini</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Diskon: %1</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Jumlah diskon</translation>
    </message>
    <message>
        <source>Discount in percent</source>
        <translation>Diskon dalam persen</translation>
    </message>
    <message>
        <source>Reason for the discount</source>
        <translation>Alasan diskon</translation>
    </message>
    <message>
        <source>Tip %1</source>
        <translation>Tip %1</translation>
    </message>
    <message>
        <source>Custom tip</source>
        <translation>Tip lain</translation>
    </message>
    <message>
        <source>Tip amount</source>
        <translation>Jumlah tip</translation>
    </message>
    <message>
        <source>Amount of payment %1</source>
        <translation>Jumlah pembayaran %1</translation>
    </message>
    <message>
        <source>Remove payment %1</source>
        <translation>Hapus pembayaran %1</translation>
    </message>
    <message>
        <source>Tip on payment %1</source>
        <translation>Tip pada pembayaran %1</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Uang tunai diterima</translation>
    </message>
    <message>
        <source>Tendered %1</source>
        <translation>Diterima %1</translation>
    </message>
    <message>
        <source>Add a cash payment</source>
        <translation>Tambah pembayaran tunai</translation>
    </message>
    <message>
        <source>Add a card payment</source>
        <translation>Tambah pembayaran kartu</translation>
    </message>
    <message>
        <source>Add an e-wallet payment</source>
        <translation>Tambah pembayaran e-wallet</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Pembulatan tunai</translation>
    </message>
    <message>
        <source>Reprint (copy)</source>
        <translation>Cetak ulang (salinan)</translation>
    </message>
    <message>
        <source>Copy sent to the printer</source>
        <translation>Salinan dikirim ke printer</translation>
    </message>
    <message>
        <source>Tax invoice…</source>
        <translation>Faktur pajak…</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <source>Choose the therapist</source>
        <translation>Pilih terapis</translation>
    </message>
    <message>
        <source>Commission on %1</source>
        <translation>Komisi untuk %1</translation>
    </message>
    <message>
        <source>Save the service&apos;s rate</source>
        <translation>Simpan tarif layanan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>What a therapist earns for each of these services done. A new rate counts for bills paid from now on; paid bills keep theirs.</source>
        <translation>Yang diterima terapis untuk setiap layanan ini. Tarif baru berlaku untuk tagihan yang dibayar mulai sekarang; tagihan yang sudah dibayar tetap.</translation>
    </message>
    <message>
        <source>No commission</source>
        <translation>Tanpa komisi</translation>
    </message>
    <message>
        <source>Percent of the net price</source>
        <translation>Persen dari harga bersih</translation>
    </message>
    <message>
        <source>Fixed amount per service</source>
        <translation>Jumlah tetap per layanan</translation>
    </message>
    <message>
        <source>How the commission is counted</source>
        <translation>Cara komisi dihitung</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Persen</translation>
    </message>
    <message>
        <source>Amount per service</source>
        <translation>Jumlah per layanan</translation>
    </message>
    <message>
        <source>Therapists with their own rate</source>
        <translation>Terapis dengan tarif sendiri</translation>
    </message>
    <message>
        <source>None: every therapist earns the service&apos;s rate.</source>
        <translation>Tidak ada: semua terapis mendapat tarif layanan.</translation>
    </message>
    <message>
        <source>Use the service&apos;s rate</source>
        <translation>Pakai tarif layanan</translation>
    </message>
    <message>
        <source>%1 back on the service&apos;s rate</source>
        <translation>%1 kembali ke tarif layanan</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapis</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Jumlah tetap</translation>
    </message>
    <message>
        <source>Their rate</source>
        <translation>Tarifnya</translation>
    </message>
    <message>
        <source>Their percent</source>
        <translation>Persennya</translation>
    </message>
    <message>
        <source>Their amount per service</source>
        <translation>Jumlahnya per layanan</translation>
    </message>
    <message>
        <source>Set their rate</source>
        <translation>Atur tarifnya</translation>
    </message>
</context>
<context>
    <name>CommissionEditor</name>
    <message>
        <source>Therapist %1</source>
        <translation>Terapis %1</translation>
    </message>
    <message>
        <source>%1% of the net price</source>
        <translation>%1% dari harga bersih</translation>
    </message>
    <message>
        <source>%1 per service</source>
        <translation>%1 per layanan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>A percent from 0 to 100, with at most two decimals (12.5)</source>
        <translation>Persen dari 0 sampai 100, paling banyak dua desimal (12.5)</translation>
    </message>
    <message>
        <source>Type the amount per service</source>
        <translation>Ketik jumlah per layanan</translation>
    </message>
    <message>
        <source>Choose how the commission is counted</source>
        <translation>Pilih cara komisi dihitung</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Menghubungkan ulang…</translation>
    </message>
    <message>
        <source>last update %1 s ago</source>
        <translation>pembaruan terakhir %1 detik lalu</translation>
    </message>
    <message>
        <source>last update %1 min ago</source>
        <translation>pembaruan terakhir %1 menit lalu</translation>
    </message>
</context>
<context>
    <name>CurrentVisitCard</name>
    <message>
        <source>In service</source>
        <translation>Sedang dilayani</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Pelanggan berikutnya</translation>
    </message>
    <message>
        <source>No customers yet. You get the next walk-in.</source>
        <translation>Belum ada pelanggan. Tamu walk-in berikutnya untuk Anda.</translation>
    </message>
    <message>
        <source>No customers yet. The desk will assign your next one.</source>
        <translation>Belum ada pelanggan. Meja depan akan menugaskan berikutnya.</translation>
    </message>
    <message>
        <source>No customers in your queue</source>
        <translation>Tidak ada pelanggan di antrean Anda</translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation>Mulai pukul %1</translation>
    </message>
    <message>
        <source>Called at %1</source>
        <translation>Dipanggil pukul %1</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Menunggu Anda</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Belum ada ruangan</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Lewat waktu</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Memanggil…</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Panggil lagi</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggil</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Menyelesaikan…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>A new customer needs a name and a phone number</source>
        <translation>Pelanggan baru perlu nama dan nomor telepon</translation>
    </message>
</context>
<context>
    <name>CustomerMatches</name>
    <message>
        <source>1 visit</source>
        <translation>1 kunjungan</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 kunjungan</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Pelanggan %1</translation>
    </message>
    <message>
        <source>spent %1</source>
        <translation>belanja %1</translation>
    </message>
    <message>
        <source>1 no-show</source>
        <translation>1 kali tidak datang</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>%1 kali tidak datang</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>suka %1</translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation>Preferensi: %1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Kesehatan: %1</translation>
    </message>
    <message>
        <source>Not this customer</source>
        <translation>Bukan pelanggan ini</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>Pilih %1</translation>
    </message>
    <message>
        <source>Looking for the customer…</source>
        <translation>Mencari pelanggan…</translation>
    </message>
    <message>
        <source>No customer with this phone yet.</source>
        <translation>Belum ada pelanggan dengan nomor ini.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Your ticket</source>
        <comment>the page&apos;s title</comment>
        <translation>Tiket Anda</translation>
    </message>
    <message>
        <source>Ticket</source>
        <comment>label above the ticket number</comment>
        <translation>Nomor antrean</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>status</comment>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Therapist assigned</source>
        <comment>status</comment>
        <translation>Terapis sudah ditentukan</translation>
    </message>
    <message>
        <source>It&apos;s your turn</source>
        <comment>status</comment>
        <translation>Giliran Anda</translation>
    </message>
    <message>
        <source>In treatment</source>
        <comment>status</comment>
        <translation>Sedang dilayani</translation>
    </message>
    <message>
        <source>Treatment finished</source>
        <comment>status</comment>
        <translation>Perawatan selesai</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>status</comment>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status</comment>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>status of a no-show</comment>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Keep this page open: it changes by itself when it is your turn.</source>
        <comment>hint while waiting</comment>
        <translation>Biarkan halaman ini terbuka: halaman ini berubah sendiri saat giliran Anda tiba.</translation>
    </message>
    <message>
        <source>Relax and enjoy your treatment.</source>
        <comment>hint during the treatment</comment>
        <translation>Selamat menikmati perawatan Anda.</translation>
    </message>
    <message>
        <source>If you need help, please ask at the front desk.</source>
        <comment>hint on a cancelled or closed ticket</comment>
        <translation>Jika perlu bantuan, silakan tanyakan di meja depan.</translation>
    </message>
    <message>
        <source>Your therapist %1 is ready</source>
        <comment>banner when called; %1 is the therapist&apos;s name</comment>
        <translation>Terapis Anda, %1, sudah siap</translation>
    </message>
    <message>
        <source>Your therapist %1 is ready — %2</source>
        <comment>banner when called; %1 the therapist&apos;s name, %2 the room</comment>
        <translation>Terapis Anda, %1, sudah siap — %2</translation>
    </message>
    <message>
        <source>Please make your way there now.</source>
        <comment>under the called banner</comment>
        <translation>Silakan menuju ke sana sekarang.</translation>
    </message>
    <message>
        <source>Paid — thank you</source>
        <comment>banner after payment</comment>
        <translation>Sudah dibayar — terima kasih</translation>
    </message>
    <message>
        <source>We hope to see you again soon.</source>
        <comment>under the paid banner</comment>
        <translation>Sampai jumpa lagi.</translation>
    </message>
    <message>
        <source>Please pay at the front desk: %1</source>
        <comment>banner after the treatment; %1 is the amount due</comment>
        <translation>Silakan bayar di meja depan: %1</translation>
    </message>
    <message>
        <source>Position in line</source>
        <comment>fact label</comment>
        <translation>Posisi antrean</translation>
    </message>
    <message>
        <source>You&apos;re next</source>
        <comment>position when first in line</comment>
        <translation>Anda berikutnya</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <comment>fact label</comment>
        <translation>Perkiraan waktu tunggu</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>estimated wait; %1 is a duration</comment>
        <translation>sekitar %1</translation>
    </message>
    <message>
        <source>any moment now</source>
        <comment>estimated wait</comment>
        <translation>sebentar lagi</translation>
    </message>
    <message>
        <source>not known yet</source>
        <comment>estimated wait</comment>
        <translation>belum diketahui</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration in whole hours</comment>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration; %1 hours, %2 minutes</comment>
        <translation>%1 jam %2 menit</translation>
    </message>
    <message>
        <source>Therapist</source>
        <comment>fact label</comment>
        <translation>Terapis</translation>
    </message>
    <message>
        <source>Treatment room</source>
        <comment>fact label</comment>
        <translation>Ruang perawatan</translation>
    </message>
    <message>
        <source>Services</source>
        <comment>fact label</comment>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>fact label: the visit&apos;s price</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Live updates</source>
        <comment>the stream is connected</comment>
        <translation>Pembaruan langsung</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <comment>the stream is down</comment>
        <translation>Menghubungkan ulang…</translation>
    </message>
    <message>
        <source>This page reloads every 30 seconds.</source>
        <comment>shown when the browser runs no script</comment>
        <translation>Halaman ini dimuat ulang setiap 30 detik.</translation>
    </message>
    <message>
        <source>We can&apos;t find this ticket</source>
        <comment>unknown ticket code</comment>
        <translation>Tiket ini tidak ditemukan</translation>
    </message>
    <message>
        <source>Please check the link or the QR code on your ticket, or ask at the front desk.</source>
        <comment>unknown ticket code</comment>
        <translation>Periksa tautan atau kode QR pada tiket Anda, atau tanyakan di meja depan.</translation>
    </message>
    <message>
        <source>,</source>
        <comment>thousands separator in money: 1,250.00</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal separator in money: 1,250.00</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <comment>fact label: the services&apos; prices</comment>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>fact label</comment>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Service charge</source>
        <comment>fact label</comment>
        <translation>Biaya layanan</translation>
    </message>
    <message>
        <source>Tax</source>
        <comment>fact label when the venue names no tax</comment>
        <translation>Pajak</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation>Ditutup pukul %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>Close day…</source>
        <translation>Tutup hari…</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Terkumpul</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Per metode</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Tips by therapist</source>
        <translation>Tip per terapis</translation>
    </message>
    <message>
        <source>Visits by hour</source>
        <translation>Kunjungan per jam</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>Tutup %1?</translation>
    </message>
    <message>
        <source>The day&apos;s money will be frozen: no more payments or voids on it. Revenue %1, tips %2.</source>
        <translation>Uang hari ini akan dibekukan: tidak ada pembayaran atau pembatalan lagi. Pendapatan %1, tip %2.</translation>
    </message>
    <message>
        <source>Void the payment of %1</source>
        <translation>Batalkan pembayaran %1</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <source>Cash shift open since %1 · float %2 · expected %3</source>
        <translation>Shift kas dibuka sejak %1 · modal awal %2 · seharusnya %3</translation>
    </message>
    <message>
        <source>No cash shift open: cash cannot be taken</source>
        <translation>Tidak ada shift kas: tunai tidak bisa diterima</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>Tutup shift…</translation>
    </message>
    <message>
        <source>Open shift…</source>
        <translation>Buka shift…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Rentang tanggal</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Pay in/out…</source>
        <translation>Kas masuk/keluar…</translation>
    </message>
    <message>
        <source>Bill…</source>
        <translation>Tagihan…</translation>
    </message>
    <message>
        <source>The bill of %1: reprint, tax invoice, refund</source>
        <translation>Tagihan %1: cetak ulang, faktur pajak, pengembalian dana</translation>
    </message>
    <message>
        <source>tips paid out to Budi</source>
        <translation>tip dibayarkan ke Budi</translation>
    </message>
    <message>
        <source>oil allergy: the massage stopped early</source>
        <translation>alergi minyak: pijat dihentikan lebih awal</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Give a reason for the void</source>
        <translation>Berikan alasan pembatalan</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
    <message>
        <source>Load the day first</source>
        <translation>Muat hari ini terlebih dahulu</translation>
    </message>
</context>
<context>
    <name>DeskPrinter</name>
    <message>
        <source>Give the printer as host, host:port or a device such as /dev/usb/lp0</source>
        <translation>Tulis printer sebagai host, host:port atau perangkat seperti /dev/usb/lp0</translation>
    </message>
    <message>
        <source>Paper is 58 or 80 mm wide</source>
        <translation>Lebar kertas 58 atau 80 mm</translation>
    </message>
    <message>
        <source>Choose the drawer&apos;s pin</source>
        <translation>Pilih pin laci</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Tiket %1</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>Halaman uji</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Buka laci</translation>
    </message>
    <message>
        <source>Print 1 to %1 copies of the receipt</source>
        <translation>Cetak 1 sampai %1 salinan struk</translation>
    </message>
    <message>
        <source>Receipt %1 (copy)</source>
        <translation>Struk %1 (salinan)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Struk %1</translation>
    </message>
    <message>
        <source>That visit has no receipt</source>
        <translation>Kunjungan itu tidak punya struk</translation>
    </message>
    <message>
        <source>Shift %1 close</source>
        <translation>Tutup shift %1</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Laporan Z %1</translation>
    </message>
    <message>
        <source>Tax invoice %1 (copy)</source>
        <translation>Faktur pajak %1 (salinan)</translation>
    </message>
    <message>
        <source>Tax invoice %1</source>
        <translation>Faktur pajak %1</translation>
    </message>
    <message>
        <source>Refund on receipt %1</source>
        <translation>Pengembalian dana struk %1</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>That setup code is not right. It is in the server&apos;s log and in the file setup-code in its data folder.</source>
        <translation>Kode penyiapan itu salah. Kode ada di log server dan di berkas setup-code dalam folder datanya.</translation>
    </message>
    <message>
        <source>This server is already set up: sign in instead.</source>
        <translation>Server ini sudah disiapkan: silakan masuk.</translation>
    </message>
    <message>
        <source>That user name is taken.</source>
        <translation>Nama pengguna itu sudah dipakai.</translation>
    </message>
    <message>
        <source>Another room already has that name.</source>
        <translation>Ruangan lain sudah memakai nama itu.</translation>
    </message>
    <message>
        <source>A guest is in this room now: it can be retired once the visit there ends.</source>
        <translation>Ada tamu di ruangan ini sekarang: ruangan bisa dipensiunkan setelah kunjungan di sana selesai.</translation>
    </message>
    <message>
        <source>The current password is not right; nothing was changed.</source>
        <translation>Kata sandi saat ini salah; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The currency cannot change: payments were already taken in the current one.</source>
        <translation>Mata uang tidak bisa diubah: sudah ada pembayaran dalam mata uang sekarang.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 menit</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>With a guest</source>
        <translation>Sedang melayani</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Libur</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Sedang dilayani</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Belum bayar</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak datang</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>No customers in your queue</source>
        <translation>Tidak ada pelanggan di antrean Anda</translation>
    </message>
    <message>
        <source>Not %1? Sign out</source>
        <translation>Bukan %1? Keluar</translation>
    </message>
    <message>
        <source>Enter your PIN to unlock</source>
        <translation>Masukkan PIN untuk membuka</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Customers in your queue: %1</source>
        <translation>Pelanggan di antrean Anda: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Spa Suite — Wall monitor</source>
        <translation>Spa Suite — Monitor dinding</translation>
    </message>
    <message>
        <source>Spa Suite — Front desk</source>
        <translation>Spa Suite — Meja depan</translation>
    </message>
    <message>
        <source>%1 — Front desk</source>
        <translation>%1 — Meja depan</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Spa Suite — Therapist</source>
        <translation>Spa Suite — Terapis</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diubah</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Buka laci</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>Drawer opened — recorded in the shift</source>
        <translation>Laci dibuka — dicatat di shift</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Pemesanan</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <source>With a customer</source>
        <translation>Sedang melayani pelanggan</translation>
    </message>
    <message>
        <source>On break: your turn is kept</source>
        <translation>Istirahat: giliran Anda tetap</translation>
    </message>
    <message>
        <source>Off shift</source>
        <translation>Tidak bertugas</translation>
    </message>
    <message>
        <source>Available: next walk-in is yours</source>
        <translation>Tersedia: tamu walk-in berikutnya untuk Anda</translation>
    </message>
    <message>
        <source>Available: number %1 in turn</source>
        <translation>Tersedia: urutan ke-%1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Complete the service now?</source>
        <translation>Selesaikan layanan sekarang?</translation>
    </message>
    <message>
        <source>%1 of the booked time is still left.</source>
        <translation>Masih tersisa %1 dari waktu yang dipesan.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Hari saya</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Not an amount</source>
        <translation>Bukan jumlah uang</translation>
    </message>
</context>
<context>
    <name>MyDayPanel</name>
    <message>
        <source>My day</source>
        <translation>Hari saya</translation>
    </message>
    <message>
        <source>No bookings or customers today yet</source>
        <translation>Belum ada pemesanan atau tamu hari ini</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Walk-in %1</source>
        <translation>Langsung %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Berbahasa %1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Kesehatan: %1</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Menunggu Anda</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>English</source>
        <translation>bahasa Inggris</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>bahasa Thai</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>bahasa Indonesia</translation>
    </message>
</context>
<context>
    <name>NextBookingStrip</name>
    <message>
        <source>Khun %1</source>
        <extracomment>How the tablet names a guest: a polite form of address and their first name</extracomment>
        <translation>Kak %1</translation>
    </message>
    <message>
        <source>Next booking: %1 %2, %3</source>
        <extracomment>%1 the time, %2 the guest (&quot;Khun Somchai&quot;), %3 services and length</extracomment>
        <translation>Pesanan berikutnya: %1 %2, %3</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>%1, your therapist is ready</source>
        <translation>%1, terapis Anda sudah siap</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>Pembayaran selesai</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Terima kasih, %1!</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Sedang dilayani</translation>
    </message>
    <message>
        <source>No one in service</source>
        <translation>Belum ada yang dilayani</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Huruf Latin</translation>
    </message>
    <message>
        <source>Thai letters</source>
        <translation>Huruf Thai</translation>
    </message>
</context>
<context>
    <name>OpeningHoursModel</name>
    <message>
        <source>Times as HH:MM, from 00:00 to 23:59</source>
        <translation>Waktu sebagai HH:MM, dari 00:00 sampai 23:59</translation>
    </message>
    <message>
        <source>Opening and closing cannot be the same time</source>
        <translation>Jam buka dan tutup tidak boleh sama</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
</context>
<context>
    <name>OwnPassword</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Masukkan kata sandi Anda saat ini.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Masukkan kata sandi baru.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Ubah kata sandi Anda</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Mengubah…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Your other sessions (another desk, a tablet) end and need the new password.</source>
        <translation>Sesi Anda yang lain (meja lain, tablet) berakhir dan perlu kata sandi baru.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Minimal 8 karakter</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Kata sandi baru lagi</translation>
    </message>
</context>
<context>
    <name>PaymentMethodBox</name>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Hapus digit terakhir</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>Digit dimasukkan: %1</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation>Printer struk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Alamat printer</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.50:9100 or /dev/usb/lp0</source>
        <translation>mis. 192.168.1.50:9100 atau /dev/usb/lp0</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Laci kas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>On pin 2 (usual)</source>
        <translation>Pin 2 (umum)</translation>
    </message>
    <message>
        <source>On pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <source>Cut after each slip</source>
        <translation>Potong setiap struk</translation>
    </message>
    <message>
        <source>Print the ticket at check-in</source>
        <translation>Cetak tiket saat check-in</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Cetak halaman uji</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Buka laci</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Copies of the receipt</source>
        <translation>Salinan struk</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 salinan</translation>
    </message>
    <message>
        <source>2 copies</source>
        <translation>2 salinan</translation>
    </message>
    <message>
        <source>3 copies</source>
        <translation>3 salinan</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Therapist: %1</source>
        <translation>Terapis: %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>Diskon (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tip for %1</source>
        <translation>Tip untuk %1</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Thank you — see you again soon!</source>
        <translation>Terima kasih — sampai jumpa lagi!</translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>Tiket Anda</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>Pindai untuk melihat posisi antrean Anda</translation>
    </message>
    <message>
        <source>%1 + tip %2</source>
        <translation>%1 + tip %2</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>SALINAN</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>NPWP: %1</translation>
    </message>
    <message>
        <source>Receipt No. %1</source>
        <translation>Struk No. %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>Service charge %1% (included)</source>
        <translation>Biaya layanan %1% (termasuk)</translation>
    </message>
    <message>
        <source>Service charge %1%</source>
        <translation>Biaya layanan %1%</translation>
    </message>
    <message>
        <source>%1 %2% (included)</source>
        <translation>%1 %2% (termasuk)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Pembulatan tunai</translation>
    </message>
</context>
<context>
    <name>QueueBoard</name>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Sedang dilayani</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Turn order</source>
        <translation>Urutan giliran</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message>
        <source>Check in a customer</source>
        <translation>Check-in pelanggan</translation>
    </message>
    <message>
        <source>No one is assigned to a therapist yet.</source>
        <translation>Belum ada yang ditugaskan ke terapis.</translation>
    </message>
    <message>
        <source>No treatment in progress.</source>
        <translation>Tidak ada perawatan yang berlangsung.</translation>
    </message>
    <message>
        <source>Nothing to pay.</source>
        <translation>Tidak ada yang perlu dibayar.</translation>
    </message>
    <message>
        <source>Checked in %1 — %2</source>
        <translation>Check-in %1 — %2</translation>
    </message>
    <message>
        <source>next: %1 %2</source>
        <translation>berikutnya: %1 %2</translation>
    </message>
</context>
<context>
    <name>RangeReportView</name>
    <message>
        <source>Collected</source>
        <translation>Terkumpul</translation>
    </message>
    <message>
        <source>after refunds</source>
        <translation>setelah pengembalian</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>neto %1</translation>
    </message>
    <message>
        <source>Service charge · tax</source>
        <translation>Biaya layanan · pajak</translation>
    </message>
    <message>
        <source>discounts %1</source>
        <translation>diskon %1</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>%1 voids · %2 cancelled · %3 no-show</source>
        <translation>%1 pembatalan bayar · %2 batal · %3 tidak datang</translation>
    </message>
    <message>
        <source>Wait quoted · actual</source>
        <translation>Tunggu dijanjikan · nyata</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 mnt</translation>
    </message>
    <message>
        <source>p90 %1 · %2 min</source>
        <translation>p90 %1 · %2 mnt</translation>
    </message>
    <message>
        <source>no waits yet</source>
        <translation>belum ada data tunggu</translation>
    </message>
    <message>
        <source>Collected by month</source>
        <translation>Diterima per bulan</translation>
    </message>
    <message>
        <source>Collected by day</source>
        <translation>Diterima per hari</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Per metode</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>refunds %1</source>
        <translation>pengembalian %1</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Layanan teratas</translation>
    </message>
    <message>
        <source>By therapist</source>
        <translation>Per terapis</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapis</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Nothing paid in these days.</source>
        <translation>Tidak ada pembayaran pada hari-hari ini.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>Batalkan %1</translation>
    </message>
    <message>
        <source>No-show %1</source>
        <translation>Tidak datang %1</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Alasan (wajib)</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Alasan (opsional)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Batalkan kunjungan</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Tandai tidak datang</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>ReceiptSlip</name>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>SALINAN</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>NPWP: %1</translation>
    </message>
    <message>
        <source>Receipt No. %1</source>
        <translation>Struk No. %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Tiket %1</translation>
    </message>
    <message>
        <source>Therapist: %1</source>
        <translation>Terapis: %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>Diskon (%1)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>Service charge %1% (included)</source>
        <translation>Biaya layanan %1% (termasuk)</translation>
    </message>
    <message>
        <source>Service charge %1%</source>
        <translation>Biaya layanan %1%</translation>
    </message>
    <message>
        <source>%1 %2% (included)</source>
        <translation>%1 %2% (termasuk)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Pembulatan tunai</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Tip for %1</source>
        <translation>Tip untuk %1</translation>
    </message>
    <message>
        <source>%1 + tip %2</source>
        <translation>%1 + tip %2</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Thank you — see you again soon!</source>
        <translation>Terima kasih — sampai jumpa lagi!</translation>
    </message>
    <message>
        <source>Reprinted %1</source>
        <translation>Dicetak ulang %1</translation>
    </message>
    <message>
        <source>TAX INVOICE</source>
        <translation>FAKTUR PAJAK</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund — ticket %1, %2</source>
        <translation>Pengembalian dana — tiket %1, %2</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Kembalikan %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Refunded before</source>
        <translation>Sudah dikembalikan</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>Sisa yang bisa dikembalikan</translation>
    </message>
    <message>
        <source>Amount to give back</source>
        <translation>Jumlah yang dikembalikan</translation>
    </message>
    <message>
        <source>Give back by</source>
        <translation>Dikembalikan lewat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Reason (required), e.g. oil allergy, service cut short</source>
        <translation>Alasan (wajib), mis. alergi minyak, layanan dipersingkat</translation>
    </message>
    <message>
        <source>An admin approves a cashier&apos;s refund: the admin chooses their name and types their PIN.</source>
        <translation>Pengembalian dana oleh kasir disetujui admin: admin memilih namanya dan mengetik PIN-nya.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <source>Admin&apos;s PIN</source>
        <translation>PIN admin</translation>
    </message>
    <message>
        <source>%1 given back by %2.</source>
        <translation>%1 dikembalikan lewat %2.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>e-wallet</translation>
    </message>
    <message>
        <source>The refund slip is printing and the drawer opens: give the cash and ask the customer to sign the slip.</source>
        <translation>Slip pengembalian dicetak dan laci terbuka: berikan uang tunainya dan minta pelanggan menandatangani slip.</translation>
    </message>
    <message>
        <source>The refund slip is printing: ask the customer to sign it.</source>
        <translation>Slip pengembalian sedang dicetak: minta pelanggan menandatanganinya.</translation>
    </message>
    <message>
        <source>No receipt printer is set up: no slip was printed.</source>
        <translation>Belum ada printer struk: tidak ada slip yang dicetak.</translation>
    </message>
</context>
<context>
    <name>RefundForm</name>
    <message>
        <source>Loading the bill…</source>
        <translation>Memuat tagihan…</translation>
    </message>
    <message>
        <source>Only a paid bill can be refunded</source>
        <translation>Hanya tagihan yang sudah dibayar yang bisa dikembalikan</translation>
    </message>
    <message>
        <source>Everything paid on this bill has been refunded</source>
        <translation>Semua yang dibayar pada tagihan ini sudah dikembalikan</translation>
    </message>
    <message>
        <source>Type the amount to give back</source>
        <translation>Ketik jumlah yang dikembalikan</translation>
    </message>
    <message>
        <source>At most %1 is left to refund on this bill</source>
        <translation>Paling banyak %1 yang tersisa untuk dikembalikan pada tagihan ini</translation>
    </message>
    <message>
        <source>Give a reason for the refund</source>
        <translation>Beri alasan pengembalian dana</translation>
    </message>
    <message>
        <source>A cashier&apos;s refund needs an admin: the admin chooses their name</source>
        <translation>Pengembalian dana oleh kasir perlu admin: admin memilih namanya</translation>
    </message>
    <message>
        <source>The admin types their PIN</source>
        <translation>Admin mengetik PIN-nya</translation>
    </message>
    <message>
        <source>Less is left to refund on this bill than that (another refund was made meanwhile): at most %1</source>
        <translation>Sisa yang bisa dikembalikan pada tagihan ini lebih sedikit (ada pengembalian lain sementara itu): paling banyak %1</translation>
    </message>
    <message>
        <source>No cash shift is open: open one on the Reports page, or give the refund by card or e-wallet</source>
        <translation>Belum ada shift kas yang dibuka: buka di halaman Laporan, atau kembalikan lewat kartu atau e-wallet</translation>
    </message>
    <message>
        <source>The drawer does not hold that much cash: give the refund by card or e-wallet</source>
        <translation>Laci tidak berisi uang tunai sebanyak itu: kembalikan lewat kartu atau e-wallet</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this admin: wait 15 minutes, or ask another admin</source>
        <translation>Terlalu banyak PIN salah untuk admin ini: tunggu 15 menit, atau minta admin lain</translation>
    </message>
    <message>
        <source>Wrong PIN: %1 types it again</source>
        <translation>PIN salah: %1 mengetiknya lagi</translation>
    </message>
    <message>
        <source>%1 has no approval PIN yet: an admin sets one under Admin, Staff</source>
        <translation>%1 belum punya PIN persetujuan: admin mengaturnya di Admin, Staf</translation>
    </message>
    <message>
        <source>Only an active admin can approve a refund</source>
        <translation>Hanya admin aktif yang bisa menyetujui pengembalian dana</translation>
    </message>
    <message>
        <source>A cashier&apos;s refund needs an admin&apos;s approval</source>
        <translation>Pengembalian dana oleh kasir perlu persetujuan admin</translation>
    </message>
</context>
<context>
    <name>RefundSlip</name>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>E-wallet</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>NPWP: %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>PENGEMBALIAN DANA</translation>
    </message>
    <message>
        <source>for Receipt No. %1</source>
        <translation>untuk struk No. %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Tiket %1</translation>
    </message>
    <message>
        <source>Bill total</source>
        <translation>Total tagihan</translation>
    </message>
    <message>
        <source>Refund to %1</source>
        <translation>Dikembalikan lewat %1</translation>
    </message>
    <message>
        <source>Refunded on this bill in all</source>
        <translation>Total dikembalikan pada tagihan ini</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Given by: %1</source>
        <translation>Diberikan oleh: %1</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>Disetujui oleh: %1</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Tanda tangan pelanggan</translation>
    </message>
</context>
<context>
    <name>ReportsState</name>
    <message>
        <source>Write the dates as YYYY-MM-DD.</source>
        <translation>Tulis tanggal sebagai YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Hari pertama setelah hari terakhir.</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) at once</source>
        <translation>
            <numerusform>%n tamu sekaligus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) now</source>
        <translation>
            <numerusform>%n tamu sekarang</numerusform>
        </translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dipensiunkan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Pensiunkan</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Pensiunkan %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Pakai lagi</translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation>Pakai lagi %1</translation>
    </message>
    <message>
        <source>No rooms yet. Visits get a room when a therapist is assigned, so add the first one.</source>
        <translation>Belum ada ruangan. Kunjungan mendapat ruangan saat terapis ditugaskan, jadi tambahkan yang pertama.</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Tambah ruangan</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Ruangan baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>e.g. Room 4, Couples suite</source>
        <translation>mis. Ruangan 4, Suite pasangan</translation>
    </message>
    <message>
        <source>Guests at once</source>
        <translation>Tamu sekaligus</translation>
    </message>
    <message>
        <source>From 1 to 20</source>
        <translation>Dari 1 sampai 20</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Berhenti mengubah</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>Simpan ruangan</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Tambah ruangan</translation>
    </message>
</context>
<context>
    <name>RoomsState</name>
    <message>
        <source>The room needs a name.</source>
        <translation>Ruangan perlu nama.</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 disimpan</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <source>%1 retired</source>
        <translation>%1 dipensiunkan</translation>
    </message>
    <message>
        <source>%1 is in use again</source>
        <translation>%1 dipakai lagi</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>The business day is closed: its visits and money can no longer change.</source>
        <translation>Hari kerja sudah ditutup: kunjungan dan uangnya tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <source>This visit is already paid.</source>
        <translation>Kunjungan ini sudah dibayar.</translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation>Pembayaran ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>The day still has open visits: finish, cancel or mark them as no-shows first.</source>
        <translation>Masih ada kunjungan yang terbuka: selesaikan, batalkan, atau tandai tidak datang dulu.</translation>
    </message>
    <message>
        <source>No therapist is free in the turn order.</source>
        <translation>Tidak ada terapis yang bebas dalam urutan giliran.</translation>
    </message>
    <message>
        <source>That therapist is not on shift.</source>
        <translation>Terapis itu tidak sedang bertugas.</translation>
    </message>
    <message>
        <source>That therapist is with a guest.</source>
        <translation>Terapis itu sedang melayani tamu.</translation>
    </message>
    <message>
        <source>That room is taken.</source>
        <translation>Ruangan itu sedang dipakai.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Akun Anda tidak boleh melakukan ini.</translation>
    </message>
    <message>
        <source>This payment was already sent with other figures; open the checkout again.</source>
        <translation>Pembayaran ini sudah dikirim dengan angka lain; buka kasir lagi.</translation>
    </message>
    <message>
        <source>Too many requests at once; try again in a moment.</source>
        <translation>Terlalu banyak permintaan sekaligus; coba lagi sebentar.</translation>
    </message>
    <message>
        <source>Your session has ended; please sign in again.</source>
        <translation>Sesi Anda telah berakhir; silakan masuk lagi.</translation>
    </message>
    <message>
        <source>The server cannot save right now; nothing was changed. Tell the manager.</source>
        <translation>Server tidak dapat menyimpan saat ini; tidak ada yang berubah. Beri tahu manajer.</translation>
    </message>
    <message>
        <source>Too many visits are open; finish or cancel some first.</source>
        <translation>Terlalu banyak kunjungan terbuka; selesaikan atau batalkan beberapa dulu.</translation>
    </message>
    <message>
        <source>That time is taken: the therapist or the room has another booking then (clean-up time included).</source>
        <translation>Waktu itu sudah terisi: terapis atau ruang punya pemesanan lain (termasuk waktu beres-beres).</translation>
    </message>
    <message>
        <source>The room is full at that time.</source>
        <translation>Ruang penuh pada waktu itu.</translation>
    </message>
    <message>
        <source>That time is outside the venue&apos;s opening hours or the therapist&apos;s working hours.</source>
        <translation>Waktu itu di luar jam buka atau jam kerja terapis.</translation>
    </message>
    <message>
        <source>Too early for a no-show: the customer still has their grace time.</source>
        <translation>Terlalu awal untuk tidak datang: pelanggan masih dalam masa tenggang.</translation>
    </message>
    <message>
        <source>Only today&apos;s bookings can arrive.</source>
        <translation>Hanya pemesanan hari ini yang bisa datang.</translation>
    </message>
    <message>
        <source>No therapist is free at that time.</source>
        <translation>Tidak ada terapis yang kosong pada waktu itu.</translation>
    </message>
    <message>
        <source>No room is free at that time.</source>
        <translation>Tidak ada ruang kosong pada waktu itu.</translation>
    </message>
    <message>
        <source>A customer with that phone number already exists: find them instead.</source>
        <translation>Pelanggan dengan nomor telepon itu sudah ada: cari saja.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your session expired; please sign in again</source>
        <translation>Sesi Anda kedaluwarsa; silakan masuk lagi</translation>
    </message>
    <message>
        <source>Your session ended; please sign in again</source>
        <translation>Sesi Anda telah berakhir; silakan masuk lagi</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Tidak dapat menghubungi server</translation>
    </message>
    <message>
        <source>Wrong name or password</source>
        <translation>Nama atau kata sandi salah</translation>
    </message>
    <message>
        <source>Too many attempts; wait a few minutes</source>
        <translation>Terlalu banyak percobaan; tunggu beberapa menit</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN salah</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings saved</source>
        <translation>Pengaturan disimpan</translation>
    </message>
    <message>
        <source>Venue settings</source>
        <translation>Pengaturan tempat</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Nama tempat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Address for customers&apos; phones</source>
        <translation>Alamat untuk ponsel pelanggan</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Catatan kaki struk</translation>
    </message>
    <message>
        <source>e.g. Thank you! See you again</source>
        <translation>mis. Terima kasih! Sampai jumpa lagi</translation>
    </message>
    <message>
        <source>Money, time and language</source>
        <translation>Uang, waktu, dan bahasa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Bahasa bawaan</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Same every day</source>
        <translation>Sama setiap hari</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 opens at</source>
        <translation>%1 buka pukul</translation>
    </message>
    <message>
        <source>%1 closes at</source>
        <translation>%1 tutup pukul</translation>
    </message>
    <message>
        <source>Wall screen announcements</source>
        <translation>Pengumuman layar dinding</translation>
    </message>
    <message>
        <source>Seconds each call shows</source>
        <translation>Detik tiap panggilan tampil</translation>
    </message>
    <message>
        <source>Missed calls: announce up to (s)</source>
        <translation>Panggilan terlewat: umumkan hingga (detik)</translation>
    </message>
    <message>
        <source>Repeat each call in</source>
        <translation>Ulangi tiap panggilan dalam</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>Tanpa bahasa kedua</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>Room 1</source>
        <translation>Ruangan 1</translation>
    </message>
    <message>
        <source>Type the room&apos;s name first.</source>
        <translation>Ketik nama ruangan dulu.</translation>
    </message>
    <message>
        <source>A room&apos;s name can have at most %1 characters.</source>
        <translation>Nama ruangan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>Sudah ada ruangan bernama %1.</translation>
    </message>
    <message>
        <source>Enter the setup code the server printed.</source>
        <translation>Masukkan kode penyiapan yang dicetak server.</translation>
    </message>
    <message>
        <source>The venue needs a name.</source>
        <translation>Tempat perlu nama.</translation>
    </message>
    <message>
        <source>Choose the venue&apos;s time zone.</source>
        <translation>Pilih zona waktu tempat.</translation>
    </message>
    <message>
        <source>A user name needs at least 2 characters.</source>
        <translation>Nama pengguna minimal 2 karakter.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Kata sandi minimal %1 karakter.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setup code</source>
        <translation>Kode penyiapan</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Money, time and language</source>
        <translation>Uang, waktu, dan bahasa</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>First admin</source>
        <translation>Admin pertama</translation>
    </message>
    <message>
        <source>Set up Spa Suite</source>
        <translation>Siapkan Spa Suite</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <translation>%1 (langkah saat ini)</translation>
    </message>
    <message>
        <source>This server has no admin yet. Its one-time setup code is in the server&apos;s log and in the file setup-code in its data folder (for example /var/lib/spa/setup-code).</source>
        <translation>Server ini belum punya admin. Kode penyiapan sekali pakai ada di log server dan di berkas setup-code dalam folder datanya (misalnya /var/lib/spa/setup-code).</translation>
    </message>
    <message>
        <source>12 letters and digits</source>
        <translation>12 huruf dan angka</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Nama tempat</translation>
    </message>
    <message>
        <source>As on the receipts and the wall screen</source>
        <translation>Seperti di struk dan layar dinding</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>Alamat (opsional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telepon (opsional)</translation>
    </message>
    <message>
        <source>Tax ID (optional)</source>
        <translation>NPWP (opsional)</translation>
    </message>
    <message>
        <source>Address for customers&apos; phones (optional)</source>
        <translation>Alamat untuk ponsel pelanggan (opsional)</translation>
    </message>
    <message>
        <source>The QR code on a ticket opens this address. Leave it empty and the server offers its own address on the local network.</source>
        <translation>Kode QR pada tiket membuka alamat ini. Jika dikosongkan, server memakai alamatnya sendiri di jaringan lokal.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Bahasa bawaan</translation>
    </message>
    <message>
        <source>Prices are kept in the currency&apos;s smallest unit; it cannot change once money is taken.</source>
        <translation>Harga disimpan dalam satuan terkecil mata uang; mata uang tidak bisa diubah setelah ada pembayaran.</translation>
    </message>
    <message>
        <source>The treatment rooms or beds. A visit gets the first free one when a therapist is assigned. More can be added later in Admin.</source>
        <translation>Ruangan atau tempat tidur perawatan. Kunjungan mendapat yang pertama kosong saat terapis ditugaskan. Bisa ditambah nanti di Admin.</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Ruangan baru</translation>
    </message>
    <message>
        <source>e.g. Room 2, Couples suite</source>
        <translation>mis. Ruangan 2, Suite pasangan</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Tambah ruangan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>No rooms yet: visits then get none. Type a name above and press Enter.</source>
        <translation>Belum ada ruangan: kunjungan tidak akan mendapat ruangan. Ketik nama di atas lalu tekan Enter.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>Nama tampilan (opsional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Minimal 8 karakter</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Kata sandi lagi</translation>
    </message>
    <message>
        <source>This admin signs in at once and can then add the other staff, services and prices in Admin.</source>
        <translation>Admin ini langsung masuk, lalu dapat menambah staf, layanan, dan harga di Admin.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Menyiapkan…</translation>
    </message>
    <message>
        <source>Set up and sign in</source>
        <translation>Siapkan dan masuk</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Open cash shift</source>
        <translation>Buka shift kas</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Shift ditutup</translation>
    </message>
    <message>
        <source>Close cash shift</source>
        <translation>Tutup shift kas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Buka shift</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Tutup shift</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Modal awal</translation>
    </message>
    <message>
        <source>Cash sales and tips</source>
        <translation>Penjualan tunai dan tip</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Seharusnya di laci</translation>
    </message>
    <message>
        <source>Counted float</source>
        <translation>Modal awal dihitung</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Tunai dihitung</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Lebih</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Pay in or out</source>
        <translation>Kas masuk atau keluar</translation>
    </message>
    <message>
        <source>Pay in</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Pengembalian tunai</translation>
    </message>
    <message>
        <source>Pay-ins</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <source>Pay-outs</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Masuk: %1</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>Keluar: %1</translation>
    </message>
    <message>
        <source>Pay out of the drawer</source>
        <translation>Keluarkan dari laci</translation>
    </message>
    <message>
        <source>Pay into the drawer</source>
        <translation>Masukkan ke laci</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Reason (required), e.g. tips paid out to Budi</source>
        <translation>Alasan (wajib), mis. tip dibayarkan ke Budi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>ShiftSlip</name>
    <message>
        <source>Cash shift close</source>
        <translation>Tutup shift kas</translation>
    </message>
    <message>
        <source>Cash shift (open)</source>
        <translation>Shift kas (terbuka)</translation>
    </message>
    <message>
        <source>Shift %1 · %2</source>
        <translation>Shift %1 · %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>oleh %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Modal awal</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Penjualan tunai</translation>
    </message>
    <message>
        <source>Cash tips</source>
        <translation>Tip tunai</translation>
    </message>
    <message>
        <source>Cash voids</source>
        <translation>Pembatalan tunai</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Pengembalian tunai</translation>
    </message>
    <message>
        <source>Pay-in</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <source>Pay-out</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Seharusnya di laci</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Lebih</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Drawer opened without a sale</source>
        <translation>Laci dibuka tanpa penjualan</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <source>Counted by: ____________________</source>
        <translation>Dihitung oleh: ____________________</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Front desk</source>
        <translation>Meja depan</translation>
    </message>
    <message>
        <source>Sign in to start the day</source>
        <translation>Masuk untuk memulai hari</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Therapist sign-in</source>
        <translation>Masuk terapis</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Siapa Anda?</translation>
    </message>
    <message>
        <source>No therapists are set up yet</source>
        <translation>Belum ada terapis</translation>
    </message>
    <message>
        <source>Loading names…</source>
        <translation>Memuat nama…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation>Pilih nama Anda</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Halo, %1</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Masukkan PIN Anda</translation>
    </message>
    <message>
        <source>Spa Suite</source>
        <translation>Spa Suite</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>An address like http://192.168.1.10:5000</source>
        <translation>Alamat seperti http://192.168.1.10:5000</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>SocketClient</name>
    <message>
        <source>The server stopped answering</source>
        <translation>Server berhenti merespons</translation>
    </message>
    <message>
        <source>No server address is set</source>
        <translation>Alamat server belum diatur</translation>
    </message>
    <message>
        <source>The connection was lost before the server answered</source>
        <translation>Koneksi terputus sebelum server menjawab</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>Tidak terhubung ke server</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Server tidak menjawab tepat waktu</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Libur</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>With a customer: Complete the service to change your status</source>
        <translation>Sedang melayani: selesaikan layanan untuk mengubah status</translation>
    </message>
</context>
<context>
    <name>TaxInvoiceDialog</name>
    <message>
        <source>Tax invoice — receipt %1</source>
        <translation>Faktur pajak — struk %1</translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation>Faktur pajak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>Cetak salinan</translation>
    </message>
    <message>
        <source>Record and print</source>
        <translation>Simpan dan cetak</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Recorded: the tax invoice is printing.</source>
        <translation>Tersimpan: faktur pajak sedang dicetak.</translation>
    </message>
    <message>
        <source>This bill has its tax invoice. One is made per bill; print a copy of it.</source>
        <translation>Tagihan ini sudah punya faktur pajak. Satu per tagihan; cetak salinannya.</translation>
    </message>
    <message>
        <source>For a buyer who claims the tax back: the invoice names them. One per bill, and it cannot be changed once recorded.</source>
        <translation>Untuk pembeli yang mengklaim pajak: faktur mencantumkan namanya. Satu per tagihan, dan tidak bisa diubah setelah disimpan.</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (person or company)</source>
        <translation>Nama pembeli (orang atau perusahaan)</translation>
    </message>
    <message>
        <source>Buyer&apos;s address</source>
        <translation>Alamat pembeli</translation>
    </message>
    <message>
        <source>Buyer&apos;s tax ID</source>
        <translation>NPWP pembeli</translation>
    </message>
</context>
<context>
    <name>TaxInvoiceForm</name>
    <message>
        <source>Loading the bill…</source>
        <translation>Memuat tagihan…</translation>
    </message>
    <message>
        <source>A tax invoice is made for a paid bill</source>
        <translation>Faktur pajak dibuat untuk tagihan yang sudah dibayar</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s name (a person or a company)</source>
        <translation>Ketik nama pembeli (orang atau perusahaan)</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s address</source>
        <translation>Ketik alamat pembeli</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s tax ID</source>
        <translation>Ketik NPWP pembeli</translation>
    </message>
    <message>
        <source>A tax ID has digits, and only letters, spaces and - . / besides</source>
        <translation>NPWP berisi angka, dan selain itu hanya huruf, spasi, dan - . /</translation>
    </message>
    <message>
        <source>This bill already has a tax invoice: it is shown here, print a copy of it</source>
        <translation>Tagihan ini sudah punya faktur pajak: ditampilkan di sini, cetak salinannya</translation>
    </message>
</context>
<context>
    <name>TestPageSlip</name>
    <message>
        <source>Printer test page</source>
        <translation>Halaman uji printer</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>%1 mm, %2 dots</source>
        <translation>%1 mm, %2 titik</translation>
    </message>
</context>
<context>
    <name>TherapistPanel</name>
    <message>
        <source>Therapists</source>
        <translation>Terapis</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>With a guest</source>
        <translation>Sedang melayani</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Libur</translation>
    </message>
    <message>
        <source>Guest assigned</source>
        <translation>Sudah ada tamu</translation>
    </message>
</context>
<context>
    <name>TherapistState</name>
    <message>
        <source>Your session ended; please sign in again</source>
        <translation>Sesi Anda telah berakhir; silakan masuk lagi</translation>
    </message>
    <message>
        <source>The server answered %1</source>
        <translation>Server menjawab %1</translation>
    </message>
    <message>
        <source>The server refused this</source>
        <translation>Server menolak ini</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN salah</translation>
    </message>
    <message>
        <source>Too many attempts; wait a few minutes</source>
        <translation>Terlalu banyak percobaan; tunggu beberapa menit</translation>
    </message>
</context>
<context>
    <name>ThermalPrinter</name>
    <message>
        <source>Printer not answering — %1</source>
        <translation>Printer tidak menjawab — %1</translation>
    </message>
    <message>
        <source>Printer stopped mid-slip — %1 (out of paper?)</source>
        <translation>Printer berhenti di tengah struk — %1 (kertas habis?)</translation>
    </message>
    <message>
        <source>Printer not connected — %1</source>
        <translation>Printer tidak terhubung — %1</translation>
    </message>
    <message>
        <source>No printer set up for this desk</source>
        <translation>Belum ada printer untuk meja ini</translation>
    </message>
    <message>
        <source>Printer cover open and out of paper — %1</source>
        <translation>Tutup printer terbuka dan kertas habis — %1</translation>
    </message>
    <message>
        <source>Printer cover open — %1</source>
        <translation>Tutup printer terbuka — %1</translation>
    </message>
    <message>
        <source>Printer out of paper — %1</source>
        <translation>Kertas printer habis — %1</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Print ticket</source>
        <translation>Cetak tiket</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Dikirim ke printer</translation>
    </message>
    <message>
        <source>Save as PDF instead</source>
        <translation>Simpan sebagai PDF saja</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>Pindai untuk melihat posisi antrean Anda</translation>
    </message>
    <message>
        <source>Save ticket as PDF</source>
        <translation>Simpan tiket sebagai PDF</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>PDF tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Tiket %1</translation>
    </message>
    <message>
        <source>QR code of the customer&apos;s page</source>
        <translation>Kode QR halaman pelanggan</translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your ticket</source>
        <translation>Tiket Anda</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>Pindai untuk mengikuti antrean Anda</translation>
    </message>
</context>
<context>
    <name>TimeZoneBox</name>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Search, e.g. Bangkok or +07</source>
        <translation>Cari, mis. Jakarta atau +07</translation>
    </message>
    <message>
        <source>No time zone matches “%1”</source>
        <translation>Tidak ada zona waktu yang cocok dengan “%1”</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, sekarang %2</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Bekerja</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>TouchConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>TouchErrorStrip</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>TurnOrderPanel</name>
    <message>
        <source>Turn order</source>
        <translation>Urutan giliran</translation>
    </message>
    <message>
        <source>Nobody is free for walk-ins</source>
        <translation>Tidak ada yang bebas untuk walk-in</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Anda)</translation>
    </message>
    <message>
        <source>next walk-in</source>
        <translation>walk-in berikutnya</translation>
    </message>
    <message>
        <source>on break</source>
        <translation>istirahat</translation>
    </message>
</context>
<context>
    <name>UpNextList</name>
    <message>
        <source>Up next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>No one else in your queue</source>
        <translation>Tidak ada lagi di antrean Anda</translation>
    </message>
    <message>
        <source>Called at %1</source>
        <translation>Dipanggil pukul %1</translation>
    </message>
</context>
<context>
    <name>VenueSettings</name>
    <message>
        <source>Some opening hours are not valid; see the days marked.</source>
        <translation>Beberapa jam buka tidak valid; lihat hari yang ditandai.</translation>
    </message>
</context>
<context>
    <name>VisitCard</name>
    <message>
        <source>waited %1</source>
        <translation>menunggu %1</translation>
    </message>
    <message>
        <source>next up</source>
        <translation>berikutnya</translation>
    </message>
    <message>
        <source>starts in ~%1</source>
        <translation>mulai sekitar %1 lagi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>tagihan %1</translation>
    </message>
    <message>
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Tugaskan…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Tugaskan ulang…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak datang</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void payment %1 — %2</source>
        <translation>Batalkan pembayaran %1 — %2</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Alasan (wajib)</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 lagi</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>Tidak ada antrean</translation>
    </message>
    <message>
        <source>Please go to %1</source>
        <translation>Silakan ke %1</translation>
    </message>
    <message>
        <source>Please come to the desk</source>
        <translation>Silakan ke meja depan</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>sekitar %1</translation>
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
        <translation>NPWP: %1</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Laporan Z</translation>
    </message>
    <message>
        <source>X report (day still open)</source>
        <translation>Laporan X (hari masih buka)</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Ditutup %1</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Penjualan bersih</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>Biaya layanan</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Pembulatan tunai</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Per metode</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Terkumpul</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Voids × %1</source>
        <translation>Pembatalan × %1</translation>
    </message>
    <message>
        <source>Discounts × %1</source>
        <translation>Diskon × %1</translation>
    </message>
    <message>
        <source>Refunds × %1</source>
        <translation>Pengembalian × %1</translation>
    </message>
    <message>
        <source>Net collected</source>
        <translation>Terkumpul bersih</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <source>Cash shifts</source>
        <translation>Shift kas</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Shift %1</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>dihitung %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Lebih</translation>
    </message>
    <message>
        <source>Drawer opened without a sale</source>
        <translation>Laci dibuka tanpa penjualan</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
</context>
</TS>
