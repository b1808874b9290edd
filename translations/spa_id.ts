<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Spa Suite — Wall monitor</source>
        <translation>Spa Suite — Monitor dinding</translation>
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
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
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
</TS>
