<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AddReportDialog</name>
    <message>
        <source>Add a daily report</source>
        <translation>Tambah laporan harian</translation>
    </message>
    <message>
        <source>Laporan kinerja harian
1. Menyusun laporan keuangan (3 dokumen)
2. Rapat koordinasi via Zoom (2 jam)</source>
        <translation>Laporan kinerja harian
1. Menyusun laporan keuangan (3 dokumen)
2. Rapat koordinasi via Zoom (2 jam)</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;ks:</translation>
    </message>
    <message>
        <source>Numbered or bulleted lines become activities. The same text added twice for a day is recorded once; more text for a day with a report is added to it, and the report waits for verification again.</source>
        <translation>Baris bernomor atau berbutir menjadi kegiatan. Teks yang sama yang ditambahkan dua kali untuk satu hari hanya dicatat sekali; teks tambahan untuk hari yang sudah memiliki laporan ditambahkan ke laporan tersebut, dan laporan itu kembali menunggu verifikasi.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The report is too long: at most {n} characters.</source>
        <translation>Laporan terlalu panjang: paling banyak {n} karakter.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>one word, for example budi</source>
        <translation>satu kata, misalnya budi</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>paling sedikit %1 karakter</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Ketik nama pengguna.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>WFH Desktop</source>
        <translation>WFH Desktop</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Pulihkan cadangan terbaru</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Restore the newest backup now? The damaged file is kept in the backups folder.</source>
        <translation>Pulihkan cadangan terbaru sekarang? Berkas yang rusak disimpan di folder backups.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Paper sheet</source>
        <translation>Lembar kertas</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Panggilan video</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>{at}: corrected to {status}{times} by {who}; reason: {reason}</source>
        <translation>{at}: dikoreksi menjadi {status}{times} oleh {who}; alasan: {reason}</translation>
    </message>
    <message>
        <source>{at}: keyed {status}{times} by {who} ({source})</source>
        <translation>{at}: diisi {status}{times} oleh {who} ({source})</translation>
    </message>
    <message>
        <source>[current]</source>
        <translation>[berlaku]</translation>
    </message>
</context>
<context>
    <name>AttendanceCodeCategories</name>
    <message>
        <source>Status of the day</source>
        <translation>Status harian</translation>
    </message>
    <message>
        <source>Day off (holiday, weekend)</source>
        <translation>Hari libur (libur nasional, akhir pekan)</translation>
    </message>
    <message>
        <source>Late arrival band</source>
        <translation>Rentang terlambat (TL)</translation>
    </message>
    <message>
        <source>Early leave band</source>
        <translation>Rentang pulang sebelum waktunya (PSW)</translation>
    </message>
</context>
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <source>Import attendance - {file}</source>
        <translation>Impor kehadiran - {file}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Berkas: {path}</translation>
    </message>
    <message>
        <source>Checking the file...</source>
        <translation>Memeriksa berkas...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Memeriksa {file}...</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Berkas tidak dapat diimpor.</translation>
    </message>
    <message>
        <source>{new} new entries, {changed} changed, {unchanged} unchanged; {bad} rows with problems</source>
        <translation>{new} isian baru, {changed} berubah, {unchanged} tidak berubah; {bad} baris bermasalah</translation>
    </message>
    <message>
        <source>Columns not used: {columns}</source>
        <translation>Kolom yang tidak dipakai: {columns}</translation>
    </message>
    <message>
        <source>Nothing was written. Check the file and try again.</source>
        <translation>Tidak ada data yang disimpan. Periksa berkas lalu coba lagi.</translation>
    </message>
    <message>
        <source>Nothing will be written while a row has a problem: an attendance file is imported whole or not at all. Fix the rows listed and import the file again.</source>
        <translation>Tidak ada yang disimpan selama masih ada baris bermasalah: berkas kehadiran diimpor seluruhnya atau tidak sama sekali. Perbaiki baris yang tercantum lalu impor kembali berkasnya.</translation>
    </message>
    <message>
        <source>Nothing to change: every row is keyed already.</source>
        <translation>Tidak ada perubahan: semua baris sudah diisi.</translation>
    </message>
    <message>
        <source>{count} entries will be written.</source>
        <translation>{count} isian akan disimpan.</translation>
    </message>
    <message>
        <source>Importing attendance...</source>
        <translation>Mengimpor kehadiran...</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <source>Key and check one day</source>
        <translation>Isi dan periksa satu hari</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>Bu&amp;lan</translation>
    </message>
    <message>
        <source>The month: codes per day, recap, chart</source>
        <translation>Satu bulan: kode per hari, rekap, grafik</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Previous working day, or month (Alt+Left)</source>
        <translation>Hari kerja atau bulan sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Next working day, or month (Alt+Right)</source>
        <translation>Hari kerja atau bulan berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;ari ini</translation>
    </message>
    <message>
        <source>Show today (Alt+Home)</source>
        <translation>Tampilkan hari ini (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Save day</source>
        <translation>&amp;Simpan hari</translation>
    </message>
    <message>
        <source>Key the whole day as shown: typed values and the roster's expectation of the rest (Ctrl+S)</source>
        <translation>Simpan seluruh hari seperti yang tampak: isian yang diketik dan rencana jadwal untuk sisanya (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Batalkan: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Y)</source>
        <translation>Ulangi: {what} (Ctrl+Y)</translation>
    </message>
    <message>
        <source>&amp;Correct...</source>
        <translation>K&amp;oreksi...</translation>
    </message>
    <message>
        <source>Correct the selected entry of a locked day, with a reason (F2)</source>
        <translation>Koreksi isian terpilih pada hari yang dikunci, dengan alasan (F2)</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Riwayat...</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Su&amp;mber:</translation>
    </message>
    <message>
        <source>&amp;Lock day...</source>
        <translation>&amp;Kunci hari...</translation>
    </message>
    <message>
        <source>Lock the day of this unit and its sub-units: afterwards only a correction with a reason changes it</source>
        <translation>Kunci hari ini untuk unit ini beserta sub-unitnya: sesudahnya hanya koreksi dengan alasan yang dapat mengubahnya</translation>
    </message>
    <message>
        <source>Attendance of the day</source>
        <translation>Kehadiran hari ini</translation>
    </message>
    <message>
        <source>&amp;Close month...</source>
        <translation>Tutu&amp;p bulan...</translation>
    </message>
    <message>
        <source>Lock every day of the month for this unit and its sub-units and store the fingerprint of its data</source>
        <translation>Kunci setiap hari dalam bulan ini untuk unit ini beserta sub-unitnya dan simpan sidik datanya</translation>
    </message>
    <message>
        <source>Attendance of the month</source>
        <translation>Kehadiran sebulan</translation>
    </message>
    <message>
        <source>Recap of the month</source>
        <translation>Rekap bulan ini</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Impor...</translation>
    </message>
    <message>
        <source>Import attendance from a CSV or Excel file, checked before anything is written</source>
        <translation>Impor kehadiran dari berkas CSV atau Excel, diperiksa dulu sebelum ada yang disimpan</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <source>Export the month's attendance of this unit and its sub-units to CSV or Excel</source>
        <translation>Ekspor kehadiran sebulan unit ini beserta sub-unitnya ke CSV atau Excel</translation>
    </message>
    <message>
        <source>&amp;Print sheet...</source>
        <translation>Cetak &amp;daftar hadir...</translation>
    </message>
    <message>
        <source>The attendance sheet of the day to print and sign (PDF)</source>
        <translation>Daftar hadir hari ini untuk dicetak dan ditandatangani (PDF)</translation>
    </message>
    <message>
        <source>Print &amp;recap...</source>
        <translation>Cetak &amp;rekap...</translation>
    </message>
    <message>
        <source>The attendance recap of the month (PDF)</source>
        <translation>Rekap kehadiran bulan ini (PDF)</translation>
    </message>
    <message>
        <source>Attendance &amp;codes...</source>
        <translation>&amp;Kode kehadiran...</translation>
    </message>
    <message>
        <source>Add, change or deactivate the attendance codes of this region</source>
        <translation>Tambah, ubah, atau nonaktifkan kode kehadiran daerah ini</translation>
    </message>
    <message>
        <source>&amp;Working hours...</source>
        <translation>&amp;Jam kerja...</translation>
    </message>
    <message>
        <source>The start, end and break of each weekday, against which late arrival and early leave are measured</source>
        <translation>Jam mulai, jam selesai, dan waktu istirahat setiap hari dalam sepekan, yang menjadi acuan penghitungan keterlambatan dan pulang sebelum waktunya</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Pen&amp;gaturan</translation>
    </message>
    <message>
        <source>Attendance codes and working hours</source>
        <translation>Kode kehadiran dan jam kerja</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>expected from the roster, not confirmed</source>
        <translation>rencana dari jadwal, belum dipastikan</translation>
    </message>
    <message>
        <source>typed, not saved</source>
        <translation>diketik, belum disimpan</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>dikoreksi</translation>
    </message>
    <message>
        <source>Type a code and Enter: {codes}{shortcuts}. Tab: times (0730), note. Delete clears, Ctrl+Z undoes, Ctrl+S saves the day.</source>
        <translation>Ketik kode lalu Enter: {codes}{shortcuts}. Tab: jam (0730), keterangan. Delete mengosongkan, Ctrl+Z membatalkan, Ctrl+S menyimpan hari.</translation>
    </message>
    <message>
        <source>{n} rows have changes that are not saved. Leave them unsaved (they are lost)?</source>
        <translation>{n} baris berisi perubahan yang belum disimpan. Tinggalkan tanpa disimpan (perubahan hilang)?</translation>
    </message>
    <message>
        <source>No working day under a policy (SE) follows this day.</source>
        <translation>Tidak ada hari kerja menurut surat edaran (SE) sesudah hari ini.</translation>
    </message>
    <message>
        <source>No working day under a policy (SE) comes before this day.</source>
        <translation>Tidak ada hari kerja menurut surat edaran (SE) sebelum hari ini.</translation>
    </message>
    <message>
        <source>SE {number}</source>
        <translation>SE {number}</translation>
    </message>
    <message>
        <source>Recap of {month}: {days} working days</source>
        <translation>Rekap {month}: {days} hari kerja</translation>
    </message>
    <message>
        <source>Closed by {who} on {at}; fingerprint at closing: {fp}</source>
        <translation>Ditutup oleh {who} pada {at}; sidik data saat ditutup: {fp}</translation>
    </message>
    <message>
        <source>(corrected since: now {fp})</source>
        <translation>(dikoreksi sesudahnya: sekarang {fp})</translation>
    </message>
    <message>
        <source>Not closed; fingerprint of the data now: {fp}</source>
        <translation>Belum ditutup; sidik data saat ini: {fp}</translation>
    </message>
    <message>
        <source>No surat edaran (SE) covers {date}; there is nothing to key on this day.</source>
        <translation>Tidak ada surat edaran (SE) yang berlaku pada {date}; tidak ada yang perlu diisi pada hari ini.</translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation>hari libur</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>hari libur mingguan</translation>
    </message>
    <message>
        <source>{date} is {kind} under SE {number}; there is nothing to key.</source>
        <translation>{date} adalah {kind} menurut SE {number}; tidak ada yang perlu diisi.</translation>
    </message>
    <message>
        <source>LOCKED: {month} is closed (by {who}, {at}). Entries change only by a correction with a reason (Correct..., F2).</source>
        <translation>DIKUNCI: {month} sudah ditutup (oleh {who}, {at}). Isian hanya dapat diubah melalui koreksi dengan alasan (Koreksi..., F2).</translation>
    </message>
    <message>
        <source>LOCKED: this day was locked by {who} on {at}. Entries change only by a correction with a reason (Correct..., F2).</source>
        <translation>DIKUNCI: hari ini dikunci oleh {who} pada {at}. Isian hanya dapat diubah melalui koreksi dengan alasan (Koreksi..., F2).</translation>
    </message>
    <message>
        <source>{total} staff: {keyed} keyed, {expected} expected only</source>
        <translation>{total} pegawai: {keyed} sudah diisi, {expected} baru rencana</translation>
    </message>
    <message>
        <source>{n} rows changed, not saved</source>
        <translation>{n} baris berubah, belum disimpan</translation>
    </message>
    <message>
        <source>{staff} staff, {days} working days</source>
        <translation>{staff} pegawai, {days} hari kerja</translation>
    </message>
    <message>
        <source>This day is locked: press F2 (Correct...) to correct an entry with a reason.</source>
        <translation>Hari ini dikunci: tekan F2 (Koreksi...) untuk mengoreksi isian dengan alasan.</translation>
    </message>
    <message>
        <source>There is nothing to key on this day.</source>
        <translation>Tidak ada yang perlu diisi pada hari ini.</translation>
    </message>
    <message>
        <source>That was the last row. Ctrl+S saves the day.</source>
        <translation>Itu baris terakhir. Ctrl+S menyimpan hari ini.</translation>
    </message>
    <message>
        <source>Nothing was saved: {n} rows have problems (marked red). Row {row}, {name}: {message}</source>
        <translation>Tidak ada yang disimpan: {n} baris bermasalah (bertanda merah). Baris {row}, {name}: {message}</translation>
    </message>
    <message>
        <source>{date} saved: {added} new, {changed} changed, {same} unchanged (source: {source}; keyed by {who}).</source>
        <translation>{date} disimpan: {added} baru, {changed} berubah, {same} tidak berubah (sumber: {source}; diisi oleh {who}).</translation>
    </message>
    <message>
        <source>Save the day (Ctrl+S) or undo the {n} changed rows before locking it.</source>
        <translation>Simpan hari ini (Ctrl+S) atau batalkan perubahan pada {n} baris sebelum menguncinya.</translation>
    </message>
    <message>
        <source>Lock {date} for {unit} and its sub-units? Afterwards an entry changes only by a correction with a reason.</source>
        <translation>Kunci {date} untuk {unit} beserta sub-unitnya? Sesudahnya isian hanya dapat diubah melalui koreksi dengan alasan.</translation>
    </message>
    <message>
        <source>{n} staff have no keyed entry yet (Save day keys the roster's expectation).</source>
        <translation>{n} pegawai belum memiliki isian (Simpan hari mengisi rencana dari jadwal).</translation>
    </message>
    <message>
        <source>{date} locked for {units}.</source>
        <translation>{date} dikunci untuk {units}.</translation>
    </message>
    <message>
        <source>{n} staff have no entry; only a correction can add one now.</source>
        <translation>{n} pegawai belum memiliki isian; sekarang hanya dapat ditambahkan melalui koreksi.</translation>
    </message>
    <message>
        <source>This day is not locked: type the new value into the grid and save the day.</source>
        <translation>Hari ini belum dikunci: ketik nilai baru di tabel lalu simpan hari ini.</translation>
    </message>
    <message>
        <source>{name}: corrected to {status} by {who} ({reason}).</source>
        <translation>{name}: dikoreksi menjadi {status} oleh {who} ({reason}).</translation>
    </message>
    <message>
        <source>Close {month} for {unit} and its sub-units? Every day of the month is locked and the fingerprint of its data is stored; a later change needs a correction with a reason.</source>
        <translation>Tutup {month} untuk {unit} beserta sub-unitnya? Setiap hari dalam bulan itu dikunci dan sidik datanya disimpan; perubahan sesudahnya harus berupa koreksi dengan alasan.</translation>
    </message>
    <message>
        <source>{month} closed. Fingerprints: {prints}</source>
        <translation>{month} ditutup. Sidik data: {prints}</translation>
    </message>
    <message>
        <source>Clear cell</source>
        <translation>Kosongkan sel</translation>
    </message>
    <message>
        <source>Nothing was keyed for {name} on {date} yet, so there is no history.</source>
        <translation>Belum ada isian untuk {name} pada {date}, jadi belum ada riwayat.</translation>
    </message>
    <message>
        <source>Every change of the selected entry: when, where and by whom (Ctrl+H)</source>
        <translation>Semua perubahan isian yang dipilih: kapan, di mana, dan oleh siapa (Ctrl+H)</translation>
    </message>
    <message>
        <source>Working hours saved; they measure the entries keyed from now on.</source>
        <translation>Jam kerja disimpan; jam kerja ini menjadi acuan bagi isian yang diisi mulai sekarang.</translation>
    </message>
    <message>
        <source>Imported {file}: {new} new, {changed} changed, {same} unchanged.</source>
        <translation>{file} diimpor: {new} baru, {changed} berubah, {same} tidak berubah.</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Ekspor kehadiran</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx);;CSV files (*.csv)</source>
        <translation>Berkas Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{count} isian ditulis ke {path}</translation>
    </message>
    <message>
        <source>Exporting attendance...</source>
        <translation>Mengekspor kehadiran...</translation>
    </message>
    <message>
        <source>Print attendance sheet</source>
        <translation>Cetak daftar hadir</translation>
    </message>
    <message>
        <source>Printing the attendance sheet...</source>
        <translation>Mencetak daftar hadir...</translation>
    </message>
    <message>
        <source>Print attendance recap</source>
        <translation>Cetak rekap kehadiran</translation>
    </message>
    <message>
        <source>Printing the recap...</source>
        <translation>Mencetak rekap...</translation>
    </message>
    <message>
        <source>{pages} pages written to {path}</source>
        <translation>{pages} halaman ditulis ke {path}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Import attendance</source>
        <translation>Impor kehadiran</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.xlsx)</source>
        <translation>Berkas CSV atau Excel (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All accounts</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>Log-ins (failed ones too)</source>
        <translation>Masuk (termasuk yang gagal)</translation>
    </message>
    <message>
        <source>Failed log-ins</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Log-outs</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Search what was changed</source>
        <translation>Cari yang diubah</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Hapus saringan</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Tampilkan &amp;lagi</translation>
    </message>
    <message>
        <source>Show %1 older entries too</source>
        <translation>Tampilkan juga %1 entri yang lebih lama</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>The newest %1 entries are shown.</source>
        <translation>Ditampilkan %1 entri terbaru.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entri.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Tidak ada entri yang sesuai dengan saringan.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Log audit masih kosong.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Ubah kata sandi saya</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>Atur kata sandi %1</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>paling sedikit %1 karakter</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>CodeEditDialog</name>
    <message>
        <source>Edit attendance code {code}</source>
        <translation>Ubah kode kehadiran {code}</translation>
    </message>
    <message>
        <source>Add attendance code</source>
        <translation>Tambah kode kehadiran</translation>
    </message>
    <message>
        <source>for example WFA</source>
        <translation>misalnya WFA</translation>
    </message>
    <message>
        <source>for example Kerja dari mana saja</source>
        <translation>misalnya Kerja dari mana saja</translation>
    </message>
    <message>
        <source>Counts as present in the recap</source>
        <translation>Dihitung hadir dalam rekap</translation>
    </message>
    <message>
        <source>Counts on site (against the cap of staff in the office)</source>
        <translation>Dihitung di kantor (terhadap batas pegawai di kantor)</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>tanpa batas atas</translation>
    </message>
    <message>
        <source>The allowance cut of the band, for information</source>
        <translation>Potongan tunjangan untuk rentang ini, sebagai informasi</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Arti:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <source>&amp;Band from:</source>
        <translation>&amp;Rentang dari:</translation>
    </message>
    <message>
        <source>Allowance c&amp;ut:</source>
        <translation>&amp;Potongan tunjangan:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>A code keeps its letters; add a new code instead</source>
        <translation>Huruf kode tidak dapat diubah; tambahkan kode baru sebagai gantinya</translation>
    </message>
    <message>
        <source>Typed into the attendance grid for a staff member's day.</source>
        <translation>Diketik pada tabel kehadiran untuk hari kerja seorang pegawai.</translation>
    </message>
    <message>
        <source>Marks a day that is not worked (public holiday, weekend); never counts as present.</source>
        <translation>Menandai hari tidak bekerja (libur nasional, akhir pekan); tidak pernah dihitung hadir.</translation>
    </message>
    <message>
        <source>Given by the time in: arriving this many minutes after the start of the working day.</source>
        <translation>Ditentukan dari jam datang: datang sekian menit sesudah jam kerja dimulai.</translation>
    </message>
    <message>
        <source>Given by the time out: leaving this many minutes before the end of the working day.</source>
        <translation>Ditentukan dari jam pulang: pulang sekian menit sebelum jam kerja berakhir.</translation>
    </message>
</context>
<context>
    <name>CodesDialog</name>
    <message>
        <source>Attendance codes</source>
        <translation>Kode kehadiran</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Arti</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Di kantor</translation>
    </message>
    <message>
        <source>Band (minutes)</source>
        <translation>Rentang (menit)</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Tambah...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>A code is never deleted, so that the entries keyed with it stay as they were. Deactivate a code to stop it being typed; a code used by entries keeps its category. Late and early bands are given by the times against the working hours.</source>
        <translation>Kode tidak pernah dihapus agar isian yang diisi dengan kode tersebut tetap seperti semula. Nonaktifkan kode agar tidak dapat diketik lagi; kode yang sudah dipakai pada isian tetap pada kategorinya. Rentang terlambat dan pulang sebelum waktunya ditentukan dari jam datang dan jam pulang terhadap jam kerja.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>No (inactive)</source>
        <translation>Tidak (nonaktif)</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Akti&amp;fkan</translation>
    </message>
    <message>
        <source>Let the code be typed again</source>
        <translation>Izinkan kode ini diketik kembali</translation>
    </message>
    <message>
        <source>Stop the code being typed; the entries keyed with it stay</source>
        <translation>Hentikan pengetikan kode ini; isian yang memakai kode ini tetap ada</translation>
    </message>
    <message>
        <source>Deactivate {code} ({meaning})? It can no longer be typed; the entries keyed with it stay.</source>
        <translation>Nonaktifkan {code} ({meaning})? Kode ini tidak dapat diketik lagi; isian yang memakainya tetap ada.</translation>
    </message>
    <message>
        <source>The roster's expectation uses {code}: days that expect it must be typed by hand.</source>
        <translation>Rencana jadwal memakai {code}: hari yang direncanakan dengan kode ini harus diketik secara manual.</translation>
    </message>
    <message>
        <source>Deactivate code</source>
        <translation>Nonaktifkan kode</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Nilai dipakai</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Nilai lain</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Nilai lain dari</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Resolved: shown value kept</source>
        <translation>Selesai: nilai yang tampil dipakai</translation>
    </message>
    <message>
        <source>Resolved: other value used</source>
        <translation>Selesai: nilai lain dipakai</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>oleh %1</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct an entry - {name}</source>
        <translation>Koreksi isian - {name}</translation>
    </message>
    <message>
        <source>Not keyed yet; the roster expects {code}.</source>
        <translation>Belum diisi; menurut jadwal {code}.</translation>
    </message>
    <message>
        <source>Now: {status}, keyed by {who} ({source})</source>
        <translation>Sekarang: {status}, diisi oleh {who} ({source})</translation>
    </message>
    <message>
        <source>Every version of this entry</source>
        <translation>Semua versi isian ini</translation>
    </message>
    <message>
        <source>No version keyed yet.</source>
        <translation>Belum ada versi yang diisi.</translation>
    </message>
    <message>
        <source>for example 07:30</source>
        <translation>misalnya 07:30</translation>
    </message>
    <message>
        <source>for example 16:00</source>
        <translation>misalnya 16:00</translation>
    </message>
    <message>
        <source>Why the entry is corrected (required)</source>
        <translation>Alasan isian dikoreksi (wajib)</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>&amp;Status baru:</translation>
    </message>
    <message>
        <source>Time &amp;in:</source>
        <translation>Jam &amp;datang:</translation>
    </message>
    <message>
        <source>Time &amp;out:</source>
        <translation>Jam &amp;pulang:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Corrected &amp;by:</source>
        <translation>Dikoreksi &amp;oleh:</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Simpan koreksi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Versions so far (a correction never replaces them):</source>
        <translation>Versi sejauh ini (koreksi tidak pernah menggantikannya):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Jam datang</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Jam pulang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Dikoreksi oleh</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Pegawai</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>Create the administrator - WFH Desktop</source>
        <translation>Buat administrator - WFH Desktop</translation>
    </message>
    <message>
        <source>one word, for example admin</source>
        <translation>satu kata, misalnya admin</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>paling sedikit %1 karakter</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Buat dan masuk</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Buat administrator</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. The administrator you create now manages the accounts of the other users (operators, supervisors, viewers) and the settings. Every change is recorded under the name of the user who made it.</source>
        <translation>Basis data ini belum memiliki akun pengguna. Administrator yang Anda buat sekarang mengelola akun pengguna lain (operator, supervisor, pemantau) dan pengaturan. Setiap perubahan dicatat atas nama pengguna yang membuatnya.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Ketik nama pengguna.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name / NIP</source>
        <translation>Nama / NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Jam datang</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Jam pulang</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Keyed by</source>
        <translation>Diisi oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>What the roster expects: WFO -&gt; H, WFH -&gt; WFH, leave or sick -&gt; its code</source>
        <translation>Rencana menurut jadwal: WFO -&gt; H, WFH -&gt; WFH, cuti atau sakit -&gt; kodenya</translation>
    </message>
    <message>
        <source>The attendance code. Grey italic: the roster's expectation, not confirmed yet (Save day keys it)</source>
        <translation>Kode kehadiran. Abu-abu miring: rencana dari jadwal, belum dipastikan (Simpan hari mengisinya)</translation>
    </message>
    <message>
        <source>Type 0730, 07.30 or 07:30</source>
        <translation>Ketik 0730, 07.30 atau 07:30</translation>
    </message>
    <message>
        <source>Type 1600, 16.00 or 16:00</source>
        <translation>Ketik 1600, 16.00 atau 16:00</translation>
    </message>
    <message>
        <source>{mark}: corrected. The number of versions of an entry keyed more than once; the tooltip lists every version</source>
        <translation>{mark}: dikoreksi. Jumlah versi isian yang diisi lebih dari sekali; keterangan alat (tooltip) mencantumkan setiap versi</translation>
    </message>
    <message>
        <source>Type an attendance code, for example H, WFH, S or I.</source>
        <translation>Ketik kode kehadiran, misalnya H, WFH, S atau I.</translation>
    </message>
    <message>
        <source>{value} could be {codes}; type more letters.</source>
        <translation>{value} bisa berarti {codes}; ketik lebih banyak huruf.</translation>
    </message>
    <message>
        <source>{value} is not an attendance code; use one of {codes}.</source>
        <translation>{value} bukan kode kehadiran; gunakan salah satu dari {codes}.</translation>
    </message>
    <message>
        <source>This cell cannot be changed.</source>
        <translation>Sel ini tidak dapat diubah.</translation>
    </message>
    <message>
        <source>This day cannot be changed here.</source>
        <translation>Hari ini tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <source>A note has at most {n} characters.</source>
        <translation>Keterangan paling banyak {n} karakter.</translation>
    </message>
    <message>
        <source>{value} is not a time; type 0730, 07.30 or 07:30.</source>
        <translation>{value} bukan jam; ketik 0730, 07.30 atau 07:30.</translation>
    </message>
    <message>
        <source>The time out {time_out} is before the time in {time_in}.</source>
        <translation>Jam pulang {time_out} lebih awal daripada jam datang {time_in}.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>{field} of {name}: {value}</source>
        <translation>{field} {name}: {value}</translation>
    </message>
    <message>
        <source>Status of {name}: back to {value}</source>
        <translation>Status {name}: kembali ke {value}</translation>
    </message>
    <message>
        <source>(corrected; was {original})</source>
        <translation>(koreksi; asli: {original})</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(koreksi)</translation>
    </message>
    <message>
        <source>No roster for this day</source>
        <translation>Tidak ada jadwal untuk hari ini</translation>
    </message>
    <message>
        <source>Roster: {mode} ({rule})</source>
        <translation>Jadwal: {mode} ({rule})</translation>
    </message>
    <message>
        <source>Expected from the roster, not confirmed yet; Save day keys it as shown.</source>
        <translation>Rencana dari jadwal, belum dipastikan; Simpan hari mengisinya seperti yang tampak.</translation>
    </message>
    <message>
        <source>Typed, not saved yet (Ctrl+S saves the day, Ctrl+Z undoes).</source>
        <translation>Diketik, belum disimpan (Ctrl+S menyimpan hari, Ctrl+Z membatalkan).</translation>
    </message>
    <message>
        <source>Corrected after it was keyed; every version:</source>
        <translation>Dikoreksi sesudah diisi; semua versi:</translation>
    </message>
    <message>
        <source>Keyed {n} times; every version:</source>
        <translation>Diisi {n} kali; semua versi:</translation>
    </message>
    <message>
        <source>Keyed by {who} on {at}</source>
        <translation>Diisi oleh {who} pada {at}</translation>
    </message>
    <message>
        <source>expected, not confirmed</source>
        <translation>rencana, belum dipastikan</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>belum disimpan</translation>
    </message>
</context>
<context>
    <name>ErrorModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel files (*.xlsx);;CSV files (*.csv)</source>
        <translation>Berkas Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export daily reports</source>
        <translation>Ekspor laporan harian</translation>
    </message>
    <message>
        <source>&amp;All units</source>
        <translation>&amp;Semua unit</translation>
    </message>
    <message>
        <source>{unit} and its sub-units</source>
        <translation>{unit} beserta sub-unitnya</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Sa&amp;mpai:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir lebih awal daripada tanggal awal.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to WFH Desktop</source>
        <translation>Selamat datang di WFH Desktop</translation>
    </message>
    <message>
        <source>This database holds no units and no staff yet. How would you like to start?</source>
        <translation>Basis data ini belum berisi unit maupun pegawai. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Create a demo office</source>
        <translation>Buat kantor demo</translation>
    </message>
    <message>
        <source>A realistic office (OPD) with units and staff, to try the program before entering your own data.</source>
        <translation>Perangkat daerah (OPD) contoh yang realistis dengan unit dan pegawai, untuk mencoba program sebelum memasukkan data Anda sendiri.</translation>
    </message>
    <message>
        <source> staff</source>
        <translation> pegawai</translation>
    </message>
    <message>
        <source>Size of the demo office:</source>
        <translation>Jumlah pegawai kantor demo:</translation>
    </message>
    <message>
        <source>Import units and staff from files</source>
        <translation>Impor unit dan pegawai dari berkas</translation>
    </message>
    <message>
        <source>First the units file, then the staff file (CSV or XLSX, as exported by WFH Desktop or the BKD). Rows with errors are listed.</source>
        <translation>Pertama berkas unit, lalu berkas pegawai (CSV atau XLSX, seperti hasil ekspor WFH Desktop atau BKD). Baris yang salah akan ditampilkan.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Mulai dengan data kosong</translation>
    </message>
    <message>
        <source>Add units and staff yourself later, on the Units and Staff pages.</source>
        <translation>Tambahkan unit dan pegawai sendiri nanti, di halaman Unit dan Pegawai.</translation>
    </message>
    <message>
        <source>Creating the demo office...</source>
        <translation>Membuat kantor demo...</translation>
    </message>
    <message>
        <source>Demo office %1: %2 units, %3 staff.</source>
        <translation>Kantor demo %1: %2 unit, %3 pegawai.</translation>
    </message>
    <message>
        <source>The demo office was not created</source>
        <translation>Kantor demo tidak dibuat</translation>
    </message>
    <message>
        <source>Step 1 of 2: choose the units file</source>
        <translation>Langkah 1 dari 2: pilih berkas unit</translation>
    </message>
    <message>
        <source>Units not imported</source>
        <translation>Unit tidak diimpor</translation>
    </message>
    <message>
        <source>Rows of %1 have errors; nothing was imported. Correct the file and try again.</source>
        <translation>Beberapa baris pada %1 mengandung kesalahan; tidak ada data yang diimpor. Perbaiki berkas lalu coba lagi.</translation>
    </message>
    <message>
        <source>Step 2 of 2: choose the staff file</source>
        <translation>Langkah 2 dari 2: pilih berkas pegawai</translation>
    </message>
    <message>
        <source>Units: %1 added. Staff: %2 added.</source>
        <translation>Unit: %1 ditambahkan. Pegawai: %2 ditambahkan.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>These rows were left out:</source>
        <translation>Baris berikut tidak diimpor:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the staff file have errors. Import the %1 valid rows and leave the others out?</source>
        <translation>
            <numerusform>%n baris pada berkas pegawai mengandung kesalahan. Impor %1 baris yang benar dan lewati yang lain?</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff not imported</source>
        <translation>Pegawai tidak diimpor</translation>
    </message>
    <message>
        <source>The units were imported; no staff were imported. Correct the staff file and import it on the Staff page.</source>
        <translation>Unit sudah diimpor; belum ada pegawai yang diimpor. Perbaiki berkas pegawai lalu impor melalui halaman Pegawai.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print a report form</source>
        <translation>Cetak formulir laporan</translation>
    </message>
    <message>
        <source>Daily form with the report</source>
        <translation>Formulir harian beserta laporannya</translation>
    </message>
    <message>
        <source>Blank daily form (to fill in by hand)</source>
        <translation>Formulir harian kosong (untuk diisi dengan tulisan tangan)</translation>
    </message>
    <message>
        <source>Weekly report (the week of the date)</source>
        <translation>Laporan mingguan (pekan yang memuat tanggal tersebut)</translation>
    </message>
    <message>
        <source>Monthly report (the month of the date)</source>
        <translation>Laporan bulanan (bulan yang memuat tanggal tersebut)</translation>
    </message>
    <message>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation>F4 (215 x 330 mm)</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulir:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Cetak ke PDF</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Dari {start} sampai {end}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>Riwayat: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first.</source>
        <translation>
            <numerusform>%n perubahan, dari yang terlama.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change of this record is recorded (it was made before sync was set up).</source>
        <translation>Belum ada perubahan yang tercatat untuk data ini (dibuat sebelum sinkronisasi disiapkan).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nilai baru</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>(no field changed)</source>
        <translation>(tidak ada isian yang berubah)</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>komputer ini</translation>
    </message>
</context>
<context>
    <name>HolidayEditDialog</name>
    <message>
        <source>Change holiday</source>
        <translation>Ubah hari libur</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Tambah hari libur</translation>
    </message>
    <message>
        <source>for example Hari Raya Idul Fitri 1441 H</source>
        <translation>misalnya Hari Raya Idul Fitri 1441 H</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>%1 is in the calendar already (%2); change that day instead.</source>
        <translation>%1 sudah ada di kalender (%2); ubah hari tersebut saja.</translation>
    </message>
    <message>
        <source>Give the holiday a name.</source>
        <translation>Beri nama hari libur ini.</translation>
    </message>
</context>
<context>
    <name>HolidayKinds</name>
    <message>
        <source>National holiday</source>
        <translation>Libur nasional</translation>
    </message>
    <message>
        <source>Collective leave (cuti bersama)</source>
        <translation>Cuti bersama</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holiday calendar</source>
        <translation>Kalender hari libur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Tambah...</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Ubah...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <source>Days in this calendar get no roster entry under any policy.</source>
        <translation>Hari dalam kalender ini tidak mendapat jadwal kerja menurut surat edaran mana pun.</translation>
    </message>
    <message>
        <source>%1: %2 national holiday(s), %3 day(s) of collective leave</source>
        <translation>%1: %2 hari libur nasional, %3 hari cuti bersama</translation>
    </message>
    <message>
        <source>Apply the preset of %1</source>
        <translation>Terapkan daftar bawaan %1</translation>
    </message>
    <message>
        <source>No preset for %1</source>
        <translation>Tidak ada daftar bawaan %1</translation>
    </message>
    <message>
        <source>Adds the shipped national holidays and collective leave of the year; days already in the calendar take the preset's name</source>
        <translation>Menambahkan hari libur nasional dan cuti bersama bawaan tahun ini; hari yang sudah ada di kalender memakai nama dari daftar bawaan</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Hapus hari libur</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the holiday calendar?</source>
        <translation>Hapus %1 (%2) dari kalender hari libur?</translation>
    </message>
    <message>
        <source>Apply the preset</source>
        <translation>Terapkan daftar bawaan</translation>
    </message>
    <message>
        <source>Add the %1 national holidays and collective leave days of %2 to the calendar? Days already in the calendar take the preset's name.</source>
        <translation>Tambahkan %1 hari libur nasional dan cuti bersama tahun %2 ke kalender? Hari yang sudah ada di kalender memakai nama dari daftar bawaan.</translation>
    </message>
    <message>
        <source>Preset applied</source>
        <translation>Daftar bawaan diterapkan</translation>
    </message>
    <message>
        <source>%1 days of %2 are in the calendar now.</source>
        <translation>%1 hari tahun %2 kini ada di kalender.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import staff - {file}</source>
        <translation>Impor pegawai - {file}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Berkas: {path}</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Membaca berkas...</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Semua baris</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Baris ditolak</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Skip rejected rows and import the others</source>
        <translation>Lewati baris yang ditolak dan impor baris lainnya</translation>
    </message>
    <message>
        <source>Save rejected rows...</source>
        <translation>Simpan baris ditolak...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>Reading {file}...</source>
        <translation>Membaca {file}...</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Berkas tidak dapat diimpor.</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new, {updated} to update, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{rows} baris: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {rejected} ditolak</translation>
    </message>
    <message>
        <source>Columns not used: {columns}</source>
        <translation>Kolom yang tidak dipakai: {columns}</translation>
    </message>
    <message>
        <source>Nothing was written. Check the file and try again.</source>
        <translation>Tidak ada data yang disimpan. Periksa berkas lalu coba lagi.</translation>
    </message>
    <message>
        <source>Every row is rejected; nothing can be imported. Fix the file and import it again.</source>
        <translation>Semua baris ditolak; tidak ada yang dapat diimpor. Perbaiki berkas lalu impor kembali.</translation>
    </message>
    <message>
        <source>{count} rows are rejected, so nothing will be written. Fix the file and import it again, or skip the rejected rows.</source>
        <translation>{count} baris ditolak, sehingga tidak ada data yang akan disimpan. Perbaiki berkas lalu impor kembali, atau lewati baris yang ditolak.</translation>
    </message>
    <message>
        <source>Nothing to change: every row matches the register.</source>
        <translation>Tidak ada perubahan: semua baris sudah sesuai dengan data pegawai.</translation>
    </message>
    <message>
        <source>{count} rows will be written; the {rejected} rejected rows are left out.</source>
        <translation>{count} baris akan disimpan; {rejected} baris yang ditolak dilewati.</translation>
    </message>
    <message>
        <source>{count} rows will be written.</source>
        <translation>{count} baris akan disimpan.</translation>
    </message>
    <message>
        <source>Importing staff...</source>
        <translation>Mengimpor pegawai...</translation>
    </message>
    <message>
        <source>{count} rejected rows were not imported. Save them to a file with the reason, to fix them and import them again?</source>
        <translation>{count} baris yang ditolak tidak diimpor. Simpan ke berkas beserta alasannya agar dapat diperbaiki dan diimpor kembali?</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>Impor pegawai</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Simpan baris ditolak</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel files (*.xlsx)</source>
        <translation>Berkas CSV (*.csv);;Berkas Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>KindCountsModel</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>LetterheadPreview</name>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>GOVERNMENT OF ... PROVINCE / REGENCY / CITY</source>
        <translation>PEMERINTAH PROVINSI / KABUPATEN / KOTA ...</translation>
    </message>
    <message>
        <source>NAME OF THE OFFICE (OPD)</source>
        <translation>NAMA PERANGKAT DAERAH (OPD)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Telepon, e-mail</translation>
    </message>
    <message>
        <source>ATTENDANCE LIST</source>
        <translation>DAFTAR HADIR</translation>
    </message>
    <message>
        <source>Acknowledged,</source>
        <translation>Mengetahui,</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in - WFH Desktop</source>
        <translation>Masuk - WFH Desktop</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Ganti pengguna</translation>
    </message>
    <message>
        <source>Log in to WFH Desktop</source>
        <translation>Masuk ke WFH Desktop</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WFH Desktop</source>
        <translation>WFH Desktop</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Surat edaran</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Import staff...</source>
        <translation>&amp;Impor pegawai...</translation>
    </message>
    <message>
        <source>&amp;Export staff...</source>
        <translation>&amp;Ekspor pegawai...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>S&amp;witch user...</source>
        <translation>&amp;Ganti pengguna...</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Ubah kata sandi saya...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About WFH Desktop</source>
        <translation>&amp;Tentang WFH Desktop</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Cadangan otomatis gagal: %1</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Cadangan otomatis ditulis: %1</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda telah diubah.</translation>
    </message>
    <message>
        <source>WFH Desktop {version}

WFO/WFH rosters, manual attendance and daily work reports for regional government offices, offline.

Database: {path}</source>
        <translation>WFH Desktop {version}

Jadwal WFO/WFH, presensi manual, dan laporan kinerja harian untuk perangkat daerah, tanpa internet.

Basis data: {path}</translation>
    </message>
    <message>
        <source>About WFH Desktop</source>
        <translation>Tentang WFH Desktop</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Basis data: {path}</translation>
    </message>
    <message>
        <source>{staff} staff in {units} units</source>
        <translation>{staff} pegawai di {units} unit</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name / NIP</source>
        <translation>Nama / NIP</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Copy reminder</source>
        <translation>Salin pengingat</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Name / NIP</source>
        <translation>Nama / NIP</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>dikunci</translation>
    </message>
    <message>
        <source>{code} expected from the roster, not keyed yet</source>
        <translation>menurut jadwal {code}, belum diisi</translation>
    </message>
    <message>
        <source>not keyed</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>On site / cap</source>
        <translation>Di kantor / batas</translation>
    </message>
    <message>
        <source>Staff of the rotation group keyed on site (H), and the most the policy allows</source>
        <translation>Pegawai kelompok giliran yang tercatat di kantor (H), dan jumlah terbanyak yang diizinkan surat edaran</translation>
    </message>
    <message>
        <source>{onsite} on site of {headcount} in the rotation group; planned WFO {planned}</source>
        <translation>{onsite} di kantor dari {headcount} pegawai kelompok giliran; rencana WFO {planned}</translation>
    </message>
    <message>
        <source>At most {cap} under SE {number}</source>
        <translation>Paling banyak {cap} menurut SE {number}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>A returned report needs a note saying what to fix.</source>
        <translation>Laporan yang dikembalikan harus disertai catatan tentang hal yang perlu diperbaiki.</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Site id: %1</source>
        <translation>ID situs: %1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>an administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>an operator or an administrator</source>
        <translation>operator atau administrator</translation>
    </message>
    <message>
        <source>a supervisor or an administrator</source>
        <translation>supervisor atau administrator</translation>
    </message>
    <message>
        <source>an operator, a supervisor or an administrator</source>
        <translation>operator, supervisor atau administrator</translation>
    </message>
    <message>
        <source>Only %1 may %2.</source>
        <translation>Hanya %1 yang berwenang %2.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>New policy</source>
        <translation>Surat edaran baru</translation>
    </message>
    <message>
        <source>Change policy %1 (version %2)</source>
        <translation>Ubah surat edaran %1 (versi %2)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation>Pengecualian</translation>
    </message>
    <message>
        <source>for example 065/0312/ORG</source>
        <translation>misalnya 065/0312/ORG</translation>
    </message>
    <message>
        <source>for example Penyesuaian sistem kerja ASN selama pandemi COVID-19</source>
        <translation>misalnya Penyesuaian sistem kerja ASN selama pandemi COVID-19</translation>
    </message>
    <message>
        <source>for example Sekretaris Daerah</source>
        <translation>misalnya Sekretaris Daerah</translation>
    </message>
    <message>
        <source>Untick when the signing date is not known</source>
        <translation>Hilangkan centang bila tanggal penandatanganan tidak diketahui</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Days off of this circular on top of the holiday calendar. Both kinds of days get no roster entry.</source>
        <translation>Hari libur menurut surat edaran ini di luar kalender hari libur. Kedua jenis hari tidak mendapat jadwal kerja.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nomor:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Perihal:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Penerbit:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Ditandatangani:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Berlaku dari:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Hari kerja:</translation>
    </message>
    <message>
        <source>Policy holidays:</source>
        <translation>Hari libur SE:</translation>
    </message>
    <message>
        <source>Who stays in the office</source>
        <translation>Siapa yang tetap di kantor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>The top</source>
        <translation>Sebanyak</translation>
    </message>
    <message>
        <source>structural (eselon) levels of the OPD stay in the office</source>
        <translation>tingkat struktural (eselon) tertinggi OPD tetap bekerja di kantor</translation>
    </message>
    <message>
        <source>Levels that stay in the office by unit type (optional)</source>
        <translation>Tingkat yang tetap di kantor menurut jenis unit (opsional)</translation>
    </message>
    <message>
        <source>For a unit whose type has levels ticked here (or that lies below such a unit), exactly those eselon levels stay in the office; other units keep their top structural levels as set above.</source>
        <translation>Pada unit yang jenisnya dicentang di sini (atau yang berada di bawah unit tersebut), tepat tingkat eselon itulah yang tetap di kantor; unit lain mempertahankan tingkat struktural tertinggi seperti diatur di atas.</translation>
    </message>
    <message>
        <source>Eselon %1</source>
        <translation>Eselon %1</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Di kantor</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Paling banyak</translation>
    </message>
    <message>
        <source>of a unit's active staff on site each day</source>
        <translation>dari pegawai aktif unit berada di kantor setiap hari</translation>
    </message>
    <message>
        <source>Untick for no cap.</source>
        <translation>Hilangkan centang bila tidak ada batas.</translation>
    </message>
    <message>
        <source>Minimum on site:</source>
        <translation>Minimal di kantor:</translation>
    </message>
    <message>
        <source>The cap wins</source>
        <translation>Batas yang menang</translation>
    </message>
    <message>
        <source>The minimum wins</source>
        <translation>Jumlah minimal yang menang</translation>
    </message>
    <message>
        <source>When the minimum and the cap collide:</source>
        <translation>Bila jumlah minimal dan batas bertentangan:</translation>
    </message>
    <message>
        <source>A unit of 10 cannot have 6 people on site under a 30% cap. If the cap wins, fewer come in than the minimum asks; if the minimum wins, the cap is exceeded. The roster says which rule gave way.</source>
        <translation>Unit berisi 10 orang tidak dapat menempatkan 6 orang di kantor dengan batas 30%. Bila batas yang menang, yang masuk lebih sedikit dari jumlah minimal; bila jumlah minimal yang menang, batas terlampaui. Jadwal menyebutkan aturan mana yang mengalah.</translation>
    </message>
    <message>
        <source>Fill the places on site up to the cap</source>
        <translation>Isi tempat di kantor sampai batas</translation>
    </message>
    <message>
        <source>Ticked: staff take turns in the office until the cap is reached. Not ticked: only the staff needed for the minimum come in.</source>
        <translation>Dicentang: pegawai bergiliran masuk kantor sampai batas tercapai. Tidak dicentang: hanya pegawai yang diperlukan untuk jumlah minimal yang masuk.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Giliran</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Staff take turns:</source>
        <translation>Pegawai bergiliran:</translation>
    </message>
    <message>
        <source>Each unit rotates on its own</source>
        <translation>Setiap unit bergiliran sendiri</translation>
    </message>
    <message>
        <source>The whole OPD rotates together</source>
        <translation>Seluruh OPD bergiliran bersama</translation>
    </message>
    <message>
        <source>Each unit on its own: every bidang, bagian and seksi meets the minimum and the cap by itself. The whole OPD together: the minimum and the cap count the staff of the whole OPD, so a small seksi may have nobody on site on some days.</source>
        <translation>Setiap unit sendiri: setiap bidang, bagian dan seksi memenuhi jumlah minimal dan batas masing-masing. Seluruh OPD bersama: jumlah minimal dan batas dihitung dari pegawai seluruh OPD, sehingga seksi kecil mungkin tidak memiliki pegawai di kantor pada hari tertentu.</translation>
    </message>
    <message>
        <source>Work from home</source>
        <translation>Bekerja dari rumah</translation>
    </message>
    <message>
        <source>Staff aged</source>
        <translation>Pegawai berusia</translation>
    </message>
    <message>
        <source>or more work from home</source>
        <translation>tahun ke atas bekerja dari rumah</translation>
    </message>
    <message>
        <source>Pregnant staff work from home</source>
        <translation>Pegawai yang hamil bekerja dari rumah</translation>
    </message>
    <message>
        <source>Staff with comorbidities work from home</source>
        <translation>Pegawai dengan penyakit penyerta (komorbid) bekerja dari rumah</translation>
    </message>
    <message>
        <source>These come before every rule that keeps staff in the office.</source>
        <translation>Aturan ini didahulukan atas setiap aturan yang menugaskan pegawai di kantor.</translation>
    </message>
    <message>
        <source>Exempt units (work normally, in the office)</source>
        <translation>Unit yang dikecualikan (bekerja seperti biasa, di kantor)</translation>
    </message>
    <message>
        <source>Tick the units that serve the public and keep working normally. A ticked unit takes its sub-units with it.</source>
        <translation>Centang unit yang melayani masyarakat dan tetap bekerja seperti biasa. Unit yang dicentang mencakup unit-unit di bawahnya.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Exempt roles (work normally, in the office)</source>
        <translation>Tugas yang dikecualikan (bekerja seperti biasa, di kantor)</translation>
    </message>
    <message>
        <source>Public-service staff</source>
        <translation>Pegawai layanan publik</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>(not in the unit register)</source>
        <translation>(tidak ada dalam daftar unit)</translation>
    </message>
    <message>
        <source>Add the national holidays of %1</source>
        <translation>Tambahkan hari libur nasional %1</translation>
    </message>
    <message>
        <source>Adds the shipped national holidays and collective leave (cuti bersama) of %1 that fall within the valid period</source>
        <translation>Menambahkan hari libur nasional dan cuti bersama bawaan tahun %1 yang jatuh dalam masa berlaku</translation>
    </message>
    <message>
        <source>No shipped holidays for %1</source>
        <translation>Tidak ada hari libur bawaan untuk %1</translation>
    </message>
    <message>
        <source>%1 day(s) of %2 added; the others are outside the valid period or listed already.</source>
        <translation>%1 hari dari tahun %2 ditambahkan; sisanya di luar masa berlaku atau sudah tercantum.</translation>
    </message>
    <message>
        <source>Exempt through %1</source>
        <translation>Dikecualikan melalui %1</translation>
    </message>
    <message>
        <source>To save, fill in: %1</source>
        <translation>Untuk menyimpan, isi: %1</translation>
    </message>
    <message>
        <source>Policy %1 exists already (version %2): saving stores its next version.</source>
        <translation>Surat edaran %1 sudah ada (versi %2): menyimpan akan membuat versi berikutnya.</translation>
    </message>
    <message>
        <source>A different number makes a new policy; %1 stays as it is.</source>
        <translation>Nomor yang berbeda membuat surat edaran baru; %1 tetap seperti semula.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Tidak ada perubahan</translation>
    </message>
    <message>
        <source>Nothing changed: policy %1 stays at version %2.</source>
        <translation>Tidak ada perubahan: surat edaran %1 tetap pada versi %2.</translation>
    </message>
    <message>
        <source>Policy %1 stored as version 1.</source>
        <translation>Surat edaran %1 disimpan sebagai versi 1.</translation>
    </message>
    <message>
        <source>Policy %1 changed: stored as version %2. The earlier versions stay on record.</source>
        <translation>Surat edaran %1 berubah: disimpan sebagai versi %2. Versi sebelumnya tetap tercatat.</translation>
    </message>
    <message>
        <source>Policy saved</source>
        <translation>Surat edaran disimpan</translation>
    </message>
</context>
<context>
    <name>PolicyFields</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Tanggal ditandatangani</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku dari</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <source>Policy holidays</source>
        <translation>Hari libur SE</translation>
    </message>
    <message>
        <source>Top structural levels in office</source>
        <translation>Tingkat struktural tertinggi di kantor</translation>
    </message>
    <message>
        <source>Office levels by unit type</source>
        <translation>Tingkat di kantor menurut jenis unit</translation>
    </message>
    <message>
        <source>Cap on site</source>
        <translation>Batas pegawai di kantor</translation>
    </message>
    <message>
        <source>Minimum on site</source>
        <translation>Minimal di kantor</translation>
    </message>
    <message>
        <source>Cap or minimum</source>
        <translation>Batas atau jumlah minimal</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Giliran</translation>
    </message>
    <message>
        <source>Who rotates together</source>
        <translation>Siapa yang bergiliran bersama</translation>
    </message>
    <message>
        <source>Fill up to the cap</source>
        <translation>Isi sampai batas</translation>
    </message>
    <message>
        <source>Age limit</source>
        <translation>Batas usia</translation>
    </message>
    <message>
        <source>Pregnant staff</source>
        <translation>Pegawai hamil</translation>
    </message>
    <message>
        <source>Staff with comorbidities</source>
        <translation>Pegawai dengan komorbid</translation>
    </message>
    <message>
        <source>Exempt units</source>
        <translation>Unit yang dikecualikan</translation>
    </message>
    <message>
        <source>Exempt roles</source>
        <translation>Tugas yang dikecualikan</translation>
    </message>
</context>
<context>
    <name>PolicyLevels</name>
    <message>
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>pengawas</source>
        <translation>pengawas</translation>
    </message>
    <message>
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <source>fungsional</source>
        <translation>fungsional</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku dari</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>A changed policy is stored as a new version; expand a policy to see its older versions</source>
        <translation>Surat edaran yang diubah disimpan sebagai versi baru; buka surat edaran untuk melihat versi sebelumnya</translation>
    </message>
    <message>
        <source>Select a policy to see its rules.</source>
        <translation>Pilih surat edaran untuk melihat aturannya.</translation>
    </message>
    <message>
        <source>New policy...</source>
        <translation>Surat edaran baru...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Ubah...</translation>
    </message>
    <message>
        <source>Change the selected policy; a changed policy is stored as its next version</source>
        <translation>Ubah surat edaran yang dipilih; surat edaran yang diubah disimpan sebagai versi berikutnya</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Riwayat...</translation>
    </message>
    <message>
        <source>Every change of the selected policy version: when, where and by whom (Ctrl+H)</source>
        <translation>Semua perubahan versi surat edaran yang dipilih: kapan, di mana, dan oleh siapa (Ctrl+H)</translation>
    </message>
    <message>
        <source>Import TOML...</source>
        <translation>Impor TOML...</translation>
    </message>
    <message>
        <source>Export TOML...</source>
        <translation>Ekspor TOML...</translation>
    </message>
    <message>
        <source>Holidays...</source>
        <translation>Hari libur...</translation>
    </message>
    <message>
        <source>The holiday calendar: national holidays and collective leave of each year</source>
        <translation>Kalender hari libur: hari libur nasional dan cuti bersama setiap tahun</translation>
    </message>
    <message>
        <source>Show older versions</source>
        <translation>Tampilkan versi sebelumnya</translation>
    </message>
    <message>
        <source>Policies: %1 · versions: %2</source>
        <translation>Surat edaran: %1 · versi: %2</translation>
    </message>
    <message>
        <source>An older version, kept on record</source>
        <translation>Versi sebelumnya, tetap tercatat</translation>
    </message>
    <message>
        <source>Import policy</source>
        <translation>Impor surat edaran</translation>
    </message>
    <message>
        <source>Policy not imported</source>
        <translation>Surat edaran tidak diimpor</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was stored. Correct the file and import it again.</source>
        <translation>%1 mengandung kesalahan; tidak ada yang disimpan. Perbaiki berkas lalu impor kembali.</translation>
    </message>
    <message>
        <source>Policy not changed</source>
        <translation>Surat edaran tidak berubah</translation>
    </message>
    <message>
        <source>Policy %1 is stored already with the same content (version %2); nothing was added.</source>
        <translation>Surat edaran %1 sudah tersimpan dengan isi yang sama (versi %2); tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <source>Policy %1 stored as version 1.</source>
        <translation>Surat edaran %1 disimpan sebagai versi 1.</translation>
    </message>
    <message>
        <source>Policy %1 changed: stored as version %2. The earlier versions stay on record.</source>
        <translation>Surat edaran %1 berubah: disimpan sebagai versi %2. Versi sebelumnya tetap tercatat.</translation>
    </message>
    <message>
        <source>Policy imported</source>
        <translation>Surat edaran diimpor</translation>
    </message>
    <message>
        <source>Export policy</source>
        <translation>Ekspor surat edaran</translation>
    </message>
    <message>
        <source>Policy not exported</source>
        <translation>Surat edaran tidak diekspor</translation>
    </message>
    <message>
        <source>Policy exported</source>
        <translation>Surat edaran diekspor</translation>
    </message>
    <message>
        <source>Policy %1 (version %2) written to %3.</source>
        <translation>Surat edaran %1 (versi %2) ditulis ke %3.</translation>
    </message>
</context>
<context>
    <name>PolicyRules</name>
    <message>
        <source>Staff aged %1 or more work from home.</source>
        <translation>Pegawai berusia %1 tahun ke atas bekerja dari rumah.</translation>
    </message>
    <message>
        <source>Pregnant staff work from home.</source>
        <translation>Pegawai yang hamil bekerja dari rumah.</translation>
    </message>
    <message>
        <source>Staff with comorbidities work from home.</source>
        <translation>Pegawai dengan penyakit penyerta (komorbid) bekerja dari rumah.</translation>
    </message>
    <message>
        <source>Exempt units, working normally in the office (with their sub-units): %1.</source>
        <translation>Unit yang dikecualikan, bekerja seperti biasa di kantor (beserta unit di bawahnya): %1.</translation>
    </message>
    <message>
        <source>Public-service staff stay in the office.</source>
        <translation>Pegawai layanan publik tetap di kantor.</translation>
    </message>
    <message>
        <source>Teachers stay in the office.</source>
        <translation>Guru tetap di kantor.</translation>
    </message>
    <message>
        <source>In units of type %1, eselon %2 stay in the office.</source>
        <translation>Pada unit berjenis %1, eselon %2 tetap di kantor.</translation>
    </message>
    <message>
        <source>In other units, the top structural level stays in the office.</source>
        <translation>Pada unit lain, tingkat struktural tertinggi tetap di kantor.</translation>
    </message>
    <message>
        <source>In other units, the top %1 structural levels stay in the office.</source>
        <translation>Pada unit lain, %1 tingkat struktural tertinggi tetap di kantor.</translation>
    </message>
    <message>
        <source>The top structural level stays in the office.</source>
        <translation>Tingkat struktural tertinggi tetap di kantor.</translation>
    </message>
    <message>
        <source>Top %1 structural levels stay in the office.</source>
        <translation>%1 tingkat struktural tertinggi tetap di kantor.</translation>
    </message>
    <message>
        <source>At most %1% of staff on site.</source>
        <translation>Paling banyak %1% pegawai di kantor.</translation>
    </message>
    <message>
        <source>No cap on the staff on site.</source>
        <translation>Tidak ada batas jumlah pegawai di kantor.</translation>
    </message>
    <message>
        <source>Minimum on site: %1.</source>
        <translation>Minimal di kantor: %1.</translation>
    </message>
    <message>
        <source>When the minimum and the cap collide, the cap wins.</source>
        <translation>Bila jumlah minimal dan batas bertentangan, batas yang menang.</translation>
    </message>
    <message>
        <source>When the minimum and the cap collide, the minimum wins.</source>
        <translation>Bila jumlah minimal dan batas bertentangan, jumlah minimal yang menang.</translation>
    </message>
    <message>
        <source>Staff take turns in the office up to the cap.</source>
        <translation>Pegawai bergiliran masuk kantor sampai batas.</translation>
    </message>
    <message>
        <source>Only the staff needed for the minimum come in.</source>
        <translation>Hanya pegawai yang diperlukan untuk jumlah minimal yang masuk kantor.</translation>
    </message>
    <message>
        <source>Everyone else works from home.</source>
        <translation>Pegawai lainnya bekerja dari rumah.</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>mingguan</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>harian</translation>
    </message>
    <message>
        <source>Rotation: %1, the whole OPD together.</source>
        <translation>Giliran: %1, seluruh OPD bersama.</translation>
    </message>
    <message>
        <source>Rotation: %1, each unit on its own.</source>
        <translation>Giliran: %1, setiap unit sendiri.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versi %2</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Diterbitkan oleh %1</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Ditandatangani pada %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Berlaku dari %1 sampai %2</translation>
    </message>
    <message>
        <source>Working days: %1</source>
        <translation>Hari kerja: %1</translation>
    </message>
    <message>
        <source>Policy holidays: %1</source>
        <translation>Hari libur SE: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation>F4 (215 x 330 mm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Tegak</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Mendatar</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Pilih...</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Arah kertas:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Cetak ke PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Usulan perubahan</translation>
    </message>
    <message>
        <source>delete the record</source>
        <translation>hapus data ini</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>data baru</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Waktu diterima</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil verifikasi</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Kegiatan pertama</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>RecapModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Late / early</source>
        <translation>TL / PSW (mnt)</translation>
    </message>
    <message>
        <source>Not keyed</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>WFH without report</source>
        <translation>WFH tanpa laporan</translation>
    </message>
    <message>
        <source>Working days of the month</source>
        <translation>Hari kerja dalam bulan ini</translation>
    </message>
    <message>
        <source>Days keyed with a code that counts as present (H, WFH, DL, DD)</source>
        <translation>Hari yang diisi dengan kode yang dihitung hadir (H, WFH, DL, DD)</translation>
    </message>
    <message>
        <source>Present days of the working days</source>
        <translation>Hari hadir dibanding hari kerja</translation>
    </message>
    <message>
        <source>Minutes late / minutes left early in the month; the tooltip gives the days of each band</source>
        <translation>Menit terlambat (TL) / menit pulang sebelum waktunya (PSW) dalam bulan ini; keterangan alat (tooltip) memuat jumlah hari tiap golongan</translation>
    </message>
    <message>
        <source>Working days without an entry</source>
        <translation>Hari kerja tanpa isian</translation>
    </message>
    <message>
        <source>Days keyed WFH for which no daily work report arrived</source>
        <translation>Hari berstatus WFH tanpa laporan kinerja harian yang masuk</translation>
    </message>
    <message>
        <source>Late: {minutes} minutes</source>
        <translation>Terlambat: {minutes} menit</translation>
    </message>
    <message>
        <source>Left early: {minutes} minutes</source>
        <translation>Pulang sebelum waktunya: {minutes} menit</translation>
    </message>
</context>
<context>
    <name>ReportFileDialog</name>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Pilih...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak dikenal</translation>
    </message>
    <message>
        <source>Several staff fit</source>
        <translation>Beberapa pegawai cocok</translation>
    </message>
    <message>
        <source>Volume: type a number, for example 3 or 1,5 (not "{text}")</source>
        <translation>Volume: ketik angka, misalnya 3 atau 1,5 (bukan "{text}")</translation>
    </message>
    <message>
        <source>First message {first}, last {last}</source>
        <translation>Pesan pertama {first}, terakhir {last}</translation>
    </message>
    <message>
        <source>{name}: a candidate for this sender</source>
        <translation>{name}: kandidat untuk pengirim ini</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Hari sebelumnya</translation>
    </message>
    <message>
        <source>Previous working day (Alt+Left)</source>
        <translation>Hari kerja sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Hari berikutnya</translation>
    </message>
    <message>
        <source>Next working day (Alt+Right)</source>
        <translation>Hari kerja berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>Show today (Alt+Home)</source>
        <translation>Tampilkan hari ini (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Import chat / e-mail...</source>
        <translation>&amp;Impor percakapan / e-mail...</translation>
    </message>
    <message>
        <source>Import a WhatsApp chat export (.txt, or .zip with media), an e-mail (.eml) or a mailbox (.mbox). Files can also be dropped on this page.</source>
        <translation>Impor hasil ekspor percakapan WhatsApp (.txt, atau .zip beserta media), e-mail (.eml), atau kotak surat (.mbox). Berkas juga dapat diseret ke halaman ini.</translation>
    </message>
    <message>
        <source>A&amp;dd report...</source>
        <translation>Tam&amp;bah laporan...</translation>
    </message>
    <message>
        <source>Type in a report received on paper or copied from a message</source>
        <translation>Ketik laporan yang diterima dalam bentuk kertas atau disalin dari pesan</translation>
    </message>
    <message>
        <source>&amp;Print form...</source>
        <translation>&amp;Cetak formulir...</translation>
    </message>
    <message>
        <source>The LAPORAN KINERJA HARIAN form of the selected report (or a blank one), or a weekly or monthly report, as PDF</source>
        <translation>Formulir LAPORAN KINERJA HARIAN untuk laporan yang dipilih (atau formulir kosong), atau laporan mingguan atau bulanan, dalam bentuk PDF</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <source>Export the reports of a period to Excel or CSV</source>
        <translation>Ekspor laporan dalam suatu periode ke Excel atau CSV</translation>
    </message>
    <message>
        <source>The reports of the unit and day: accept or return them</source>
        <translation>Laporan unit pada hari yang dipilih: terima atau kembalikan</translation>
    </message>
    <message>
        <source>Senders of imported messages the register could not match</source>
        <translation>Pengirim pesan hasil impor yang tidak dapat dicocokkan dengan data pegawai</translation>
    </message>
    <message>
        <source>Staff who worked from home on the day and sent no report</source>
        <translation>Pegawai yang bekerja dari rumah pada hari tersebut dan tidak mengirim laporan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Reports of the day</source>
        <translation>Laporan hari ini</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Riwayat...</translation>
    </message>
    <message>
        <source>Every change of the selected report: when, where and by whom (Ctrl+H)</source>
        <translation>Semua perubahan laporan yang dipilih: kapan, di mana, dan oleh siapa (Ctrl+H)</translation>
    </message>
    <message>
        <source>Up/Down: move.  A: accept.  R: return with a note.  N: note.  P: back to pending.</source>
        <translation>Panah atas/bawah: berpindah.  A: terima.  R: kembalikan dengan catatan.  N: catatan.  P: ubah kembali menjadi menunggu.</translation>
    </message>
    <message>
        <source>Select a report to see its text, activities and messages.</source>
        <translation>Pilih laporan untuk melihat teks, kegiatan, dan pesannya.</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Terima (A)</translation>
    </message>
    <message>
        <source>The report is complete: accept it</source>
        <translation>Laporan sudah lengkap: terima laporan ini</translation>
    </message>
    <message>
        <source>Return... (R)</source>
        <translation>Kembalikan... (R)</translation>
    </message>
    <message>
        <source>Send the report back with a note saying what to fix</source>
        <translation>Kembalikan laporan dengan catatan tentang hal yang perlu diperbaiki</translation>
    </message>
    <message>
        <source>Note... (N)</source>
        <translation>Catatan... (N)</translation>
    </message>
    <message>
        <source>Write or change the supervisor's note</source>
        <translation>Tulis atau ubah catatan atasan</translation>
    </message>
    <message>
        <source>Pending (P)</source>
        <translation>Menunggu (P)</translation>
    </message>
    <message>
        <source>Put the report back to pending</source>
        <translation>Ubah kembali status laporan menjadi menunggu verifikasi</translation>
    </message>
    <message>
        <source>The report as it was sent</source>
        <translation>Laporan sebagaimana dikirim</translation>
    </message>
    <message>
        <source>Report text (as sent)</source>
        <translation>Teks laporan (sesuai kiriman)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Number of the activity</source>
        <translation>Nomor kegiatan</translation>
    </message>
    <message>
        <source>Add activit&amp;y</source>
        <translation>Tambah &amp;kegiatan</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>Hapus ke&amp;giatan</translation>
    </message>
    <message>
        <source>&amp;Save activities</source>
        <translation>&amp;Simpan kegiatan</translation>
    </message>
    <message>
        <source>Save the corrected activities (Ctrl+S); the text as sent stays as it was</source>
        <translation>Simpan kegiatan yang telah diperbaiki (Ctrl+S); teks sesuai kiriman tetap seperti semula</translation>
    </message>
    <message>
        <source>Discard chan&amp;ges</source>
        <translation>Batalkan pe&amp;rubahan</translation>
    </message>
    <message>
        <source>Source messages</source>
        <translation>Pesan sumber</translation>
    </message>
    <message>
        <source>Senders waiting for review</source>
        <translation>Pengirim yang menunggu peninjauan</translation>
    </message>
    <message>
        <source>No sender is waiting. After an import, senders the register cannot match (an unknown number, a nickname, two staff of the same name) are listed here.</source>
        <translation>Tidak ada pengirim yang menunggu. Setelah impor, pengirim yang tidak dapat dicocokkan dengan data pegawai (nomor tidak dikenal, nama panggilan, dua pegawai dengan nama yang sama) ditampilkan di sini.</translation>
    </message>
    <message>
        <source>The sender's first message</source>
        <translation>Pesan pertama dari pengirim</translation>
    </message>
    <message>
        <source>&amp;Who is this? Candidates first (bold); type to search all staff:</source>
        <translation>Siapa &amp;pengirim ini? Kandidat ditampilkan lebih dulu (tebal); ketik untuk mencari di antara semua pegawai:</translation>
    </message>
    <message>
        <source>Assi&amp;gn to the selected staff member</source>
        <translation>&amp;Tetapkan ke pegawai yang dipilih</translation>
    </message>
    <message>
        <source>File this sender's waiting messages in that person's reports and remember the sender for later imports (Enter in the list)</source>
        <translation>Masukkan pesan pengirim ini yang sedang menunggu ke laporan pegawai tersebut dan ingat pengirim ini untuk impor berikutnya (Enter pada daftar)</translation>
    </message>
    <message>
        <source>Ig&amp;nore sender...</source>
        <translation>Abaikan pe&amp;ngirim...</translation>
    </message>
    <message>
        <source>Not a staff member (the group's admin, someone of another office): keep their messages out of the reports, now and in later imports</source>
        <translation>Bukan pegawai (admin grup, orang dari kantor lain): jangan masukkan pesannya ke laporan, baik sekarang maupun pada impor berikutnya</translation>
    </message>
    <message>
        <source>First message:</source>
        <translation>Pesan pertama:</translation>
    </message>
    <message>
        <source>Staff without a report</source>
        <translation>Pegawai tanpa laporan</translation>
    </message>
    <message>
        <source>Copy reminder</source>
        <translation>Salin pengingat</translation>
    </message>
    <message>
        <source>Copy &amp;all reminders</source>
        <translation>Salin se&amp;mua pengingat</translation>
    </message>
    <message>
        <source>Copy the reminders of everyone listed, one after the other</source>
        <translation>Salin pengingat untuk semua pegawai yang tercantum, berurutan satu demi satu</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Enter or Ctrl+C copies the reminder of the selected person; paste it into WhatsApp or an e-mail.</source>
        <translation>Enter atau Ctrl+C menyalin pengingat untuk pegawai yang dipilih; tempelkan ke WhatsApp atau e-mail.</translation>
    </message>
    <message>
        <source>Reminder (always in Indonesian):</source>
        <translation>Pengingat (selalu dalam bahasa Indonesia):</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>No report of {unit} on {date}.

Import a WhatsApp chat or e-mails (Import chat / e-mail..., or drop the files here), or type in a paper report (Add report...).</source>
        <translation>Belum ada laporan {unit} pada {date}.

Impor percakapan WhatsApp atau e-mail (Impor percakapan / e-mail..., atau seret berkas ke sini), atau ketik laporan kertas (Tambah laporan...).</translation>
    </message>
    <message>
        <source>{total} reports: {pending} pending, {returned} returned, {accepted} accepted</source>
        <translation>{total} laporan: {pending} menunggu, {returned} dikembalikan, {accepted} diterima</translation>
    </message>
    <message>
        <source>Nobody of {unit} works from home on {date} (roster and attendance).</source>
        <translation>Tidak ada pegawai {unit} yang bekerja dari rumah pada {date} (menurut jadwal dan kehadiran).</translation>
    </message>
    <message>
        <source>{missing} of {expected} staff working from home sent no report on {date}.</source>
        <translation>{missing} dari {expected} pegawai yang bekerja dari rumah tidak mengirim laporan pada {date}.</translation>
    </message>
    <message>
        <source>&amp;Verification ({n} pending)</source>
        <translation>&amp;Verifikasi ({n} menunggu)</translation>
    </message>
    <message>
        <source>Unknown s&amp;enders ({n})</source>
        <translation>Pengirim tak &amp;dikenal ({n})</translation>
    </message>
    <message>
        <source>&amp;Missing reports ({n})</source>
        <translation>Belum me&amp;lapor ({n})</translation>
    </message>
    <message>
        <source>{date} · {channel} · received {at}</source>
        <translation>{date} · {channel} · diterima {at}</translation>
    </message>
    <message>
        <source>Attachments: {names}</source>
        <translation>Lampiran: {names}</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Tidak ada lampiran.</translation>
    </message>
    <message>
        <source>Activities ({n})</source>
        <translation>Kegiatan ({n})</translation>
    </message>
    <message>
        <source>Source messages ({n})</source>
        <translation>Pesan sumber ({n})</translation>
    </message>
    <message>
        <source>Pending: not verified yet.</source>
        <translation>Menunggu: belum diverifikasi.</translation>
    </message>
    <message>
        <source>Accepted by {who} on {at}.</source>
        <translation>Diterima oleh {who} pada {at}.</translation>
    </message>
    <message>
        <source>Returned by {who} on {at}.</source>
        <translation>Dikembalikan oleh {who} pada {at}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>from {file}</source>
        <translation>dari {file}</translation>
    </message>
    <message>
        <source>No source message: the report was typed in.</source>
        <translation>Tidak ada pesan sumber: laporan ini diketik langsung.</translation>
    </message>
    <message>
        <source>Return the report</source>
        <translation>Kembalikan laporan</translation>
    </message>
    <message>
        <source>Return the report of {name} ({date}). What should be fixed?</source>
        <translation>Kembalikan laporan {name} ({date}). Apa yang perlu diperbaiki?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Note on the report of {name} ({date}):</source>
        <translation>Catatan atas laporan {name} ({date}):</translation>
    </message>
    <message>
        <source>Note of {name} saved.</source>
        <translation>Catatan atas laporan {name} disimpan.</translation>
    </message>
    <message>
        <source>{name}: {verdict}.</source>
        <translation>{name}: {verdict}.</translation>
    </message>
    <message>
        <source>No report of this day is pending any more.</source>
        <translation>Tidak ada lagi laporan hari ini yang menunggu verifikasi.</translation>
    </message>
    <message>
        <source>Print the daily form...</source>
        <translation>Cetak formulir harian...</translation>
    </message>
    <message>
        <source>Activities of {name} saved: {n}.</source>
        <translation>Kegiatan {name} disimpan: {n}.</translation>
    </message>
    <message>
        <source>The activities of {name} were changed. Save them?</source>
        <translation>Kegiatan {name} telah diubah. Simpan perubahan?</translation>
    </message>
    <message>
        <source>Several staff fit: {names}</source>
        <translation>Beberapa pegawai cocok: {names}</translation>
    </message>
    <message>
        <source>Not matched; similar names: {names}</source>
        <translation>Tidak cocok; nama yang mirip: {names}</translation>
    </message>
    <message>
        <source>Not matched: no staff member has this name, number or address.</source>
        <translation>Tidak cocok: tidak ada pegawai dengan nama, nomor, atau alamat ini.</translation>
    </message>
    <message>
        <source>{channel}, {contact}</source>
        <translation>{channel}, {contact}</translation>
    </message>
    <message>
        <source>Messages waiting: {n} (from {first} to {last})</source>
        <translation>Pesan menunggu: {n} (dari {first} sampai {last})</translation>
    </message>
    <message>
        <source>Assi&amp;gn to {name}</source>
        <translation>&amp;Tetapkan ke {name}</translation>
    </message>
    <message>
        <source>Is {sender} {who}?

Their {n} waiting messages are filed in {name}'s reports, and later messages of this sender too.</source>
        <translation>Apakah {sender} adalah {who}?

{n} pesan yang menunggu dari pengirim ini akan dimasukkan ke laporan {name}, begitu pula pesan berikutnya dari pengirim ini.</translation>
    </message>
    <message>
        <source>{sender} is {name}. Messages filed: {filed} (reports created: {created}, extended: {extended}), sent from {first} to {last}.</source>
        <translation>{sender} adalah {name}. Pesan yang dimasukkan: {filed} (laporan dibuat: {created}, ditambah: {extended}), dikirim dari {first} sampai {last}.</translation>
    </message>
    <message>
        <source>Set {sender} aside? Their {n} waiting messages and later ones are kept but filed in no report.</source>
        <translation>Kesampingkan {sender}? {n} pesan yang menunggu beserta pesan berikutnya tetap disimpan, tetapi tidak dimasukkan ke laporan mana pun.</translation>
    </message>
    <message>
        <source>{sender} set aside (messages: {n}).</source>
        <translation>{sender} dikesampingkan (pesan: {n}).</translation>
    </message>
    <message>
        <source>Reminder for {name} copied; paste it into WhatsApp to {phone}.</source>
        <translation>Pengingat untuk {name} disalin; tempelkan ke WhatsApp untuk dikirim ke {phone}.</translation>
    </message>
    <message>
        <source>Reminder for {name} copied (no phone number in the register).</source>
        <translation>Pengingat untuk {name} disalin (nomor telepon tidak ada dalam data pegawai).</translation>
    </message>
    <message>
        <source>Reminders copied: {n}.</source>
        <translation>Pengingat disalin: {n}.</translation>
    </message>
    <message>
        <source>Copy WhatsApp link (wa.me)</source>
        <translation>Salin tautan WhatsApp (wa.me)</translation>
    </message>
    <message>
        <source>WhatsApp link for {name} copied.</source>
        <translation>Tautan WhatsApp untuk {name} disalin.</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Mengimpor {file}...</translation>
    </message>
    <message>
        <source>Importing {n} files...</source>
        <translation>Mengimpor {n} berkas...</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Imported. Reports added: {added}; updated: {updated}; senders waiting for review: {senders}.</source>
        <translation>Impor selesai. Laporan ditambahkan: {added}; diperbarui: {updated}; pengirim yang menunggu peninjauan: {senders}.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Messages read: {n}</source>
        <translation>Pesan yang dibaca: {n}</translation>
    </message>
    <message>
        <source>Reports added: {created}; reports updated: {extended} (messages filed: {filed})</source>
        <translation>Laporan ditambahkan: {created}; laporan diperbarui: {extended} (pesan dimasukkan: {filed})</translation>
    </message>
    <message>
        <source>Imported before, skipped: {n}</source>
        <translation>Sudah pernah diimpor, dilewati: {n}</translation>
    </message>
    <message>
        <source>Waiting for review under Unknown senders: {n} messages of {senders} senders</source>
        <translation>Menunggu peninjauan di Pengirim tak dikenal: {n} pesan dari {senders} pengirim</translation>
    </message>
    <message>
        <source>Messages of senders set aside: {n}</source>
        <translation>Pesan dari pengirim yang dikesampingkan: {n}</translation>
    </message>
    <message>
        <source>Earlier waiting messages filed now that the register knows their senders: {n}</source>
        <translation>Pesan tertunda sebelumnya yang kini dimasukkan karena pengirimnya sudah dikenali dalam data pegawai: {n}</translation>
    </message>
    <message>
        <source>Report of {name} on {date} saved; it is not in the unit shown.</source>
        <translation>Laporan {name} pada {date} disimpan; laporan ini tidak termasuk dalam unit yang ditampilkan.</translation>
    </message>
    <message>
        <source>Report of {name} on {date} saved: {n} activities.</source>
        <translation>Laporan {name} pada {date} disimpan: {n} kegiatan.</translation>
    </message>
    <message>
        <source>This report of {name} on {date} was already recorded.</source>
        <translation>Laporan {name} pada {date} ini sudah tercatat sebelumnya.</translation>
    </message>
    <message>
        <source>{pages} pages written to {path}</source>
        <translation>{pages} halaman ditulis ke {path}</translation>
    </message>
    <message>
        <source>Printing the form...</source>
        <translation>Mencetak formulir...</translation>
    </message>
    <message>
        <source>{count} reports written to {path}</source>
        <translation>{count} laporan ditulis ke {path}</translation>
    </message>
    <message>
        <source>Exporting reports...</source>
        <translation>Mengekspor laporan...</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Import chats and e-mails</source>
        <translation>Impor percakapan dan e-mail</translation>
    </message>
    <message>
        <source>WhatsApp chats and e-mails (*.txt *.zip *.eml *.mbox);;All files (*)</source>
        <translation>Percakapan WhatsApp dan e-mail (*.txt *.zip *.eml *.mbox);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>RosterChart</name>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>On-site share per day</source>
        <translation>Porsi pegawai di kantor per hari</translation>
    </message>
    <message>
        <source>{date}: {onsite} of {headcount} staff on site ({share:.0f}%)</source>
        <translation>{date}: {onsite} dari {headcount} pegawai di kantor ({share:.0f}%)</translation>
    </message>
    <message>
        <source>Cap under SE {number}: {cap} ({cap_share:.0f}%)</source>
        <translation>Batas menurut SE {number}: {cap} ({cap_share:.0f}%)</translation>
    </message>
    <message>
        <source>{n} above the cap</source>
        <translation>{n} di atas batas</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>di kantor</translation>
    </message>
    <message>
        <source>above the cap</source>
        <translation>di atas batas</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>batas</translation>
    </message>
    <message>
        <source>No roster in these days</source>
        <translation>Tidak ada jadwal pada hari-hari ini</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Name / NIP</source>
        <translation>Nama / NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>On site / cap</source>
        <translation>Di kantor / batas</translation>
    </message>
    <message>
        <source>Staff of the rotation group on site that day, and the most the policy allows</source>
        <translation>Pegawai kelompok giliran yang di kantor hari itu, dan jumlah terbanyak yang diizinkan surat edaran</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>diatur manual</translation>
    </message>
    <message>
        <source>breaks a rule</source>
        <translation>melanggar aturan</translation>
    </message>
    <message>
        <source>{onsite} of {headcount} staff on site ({share:.0f}%); SE {number} sets no cap for this group</source>
        <translation>{onsite} dari {headcount} pegawai di kantor ({share:.0f}%); SE {number} tidak menetapkan batas untuk kelompok ini</translation>
    </message>
    <message>
        <source>{onsite} of {headcount} staff on site ({share:.0f}%); at most {cap} under SE {number}</source>
        <translation>{onsite} dari {headcount} pegawai di kantor ({share:.0f}%); paling banyak {cap} menurut SE {number}</translation>
    </message>
    <message>
        <source>{n} above the cap</source>
        <translation>{n} di atas batas</translation>
    </message>
    <message>
        <source>NIP: {value}</source>
        <translation>NIP: {value}</translation>
    </message>
    <message>
        <source>NIK: {value}</source>
        <translation>NIK: {value}</translation>
    </message>
    <message>
        <source>Eselon: {value}</source>
        <translation>Eselon: {value}</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>release {name} on {date}</source>
        <translation>lepaskan {name} pada {date}</translation>
    </message>
    <message>
        <source>set {name} to {mode} on {date}</source>
        <translation>jadikan {name} {mode} pada {date}</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Policy (SE):</source>
        <translation>&amp;Surat edaran (SE):</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Buat jadwal</translation>
    </message>
    <message>
        <source>Generate the roster of the selected unit and its sub-units for the whole period of the policy; entries set by hand are kept</source>
        <translation>Buat jadwal unit terpilih beserta sub-unitnya untuk seluruh masa berlaku surat edaran; isian manual tetap dipertahankan</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>B&amp;ulan</translation>
    </message>
    <message>
        <source>Previous week or month (Alt+Left)</source>
        <translation>Minggu atau bulan sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next week or month (Alt+Right)</source>
        <translation>Minggu atau bulan berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>Show the week or month of today (Alt+Home)</source>
        <translation>Tampilkan minggu atau bulan hari ini (Alt+Home)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Batalkan: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Shift+Z)</source>
        <translation>Ulangi: {what} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Riwayat...</translation>
    </message>
    <message>
        <source>Every change of the selected entry: when, where and by whom (Ctrl+H)</source>
        <translation>Semua perubahan isian jadwal yang dipilih: kapan, di mana, dan oleh siapa (Ctrl+H)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>Perubahan dan benturan aturan</translation>
    </message>
    <message>
        <source>WFO: in the office</source>
        <translation>WFO: di kantor</translation>
    </message>
    <message>
        <source>WFH: from home</source>
        <translation>WFH: dari rumah</translation>
    </message>
    <message>
        <source>CT, S, DL...: not scheduled (leave, sick, duty)</source>
        <translation>CT, S, DL...: tidak dijadwalkan (cuti, sakit, dinas luar)</translation>
    </message>
    <message>
        <source>* set by hand   ! breaks a rule   Keys: O office, W home, Delete back to the rules</source>
        <translation>* diatur manual   ! melanggar aturan   Tombol: O kantor, W rumah, Delete kembali ke aturan</translation>
    </message>
    <message>
        <source>There are no units yet. Add the units and staff of the office first; then choose a policy here and press Generate.</source>
        <translation>Belum ada unit. Tambahkan dulu unit dan pegawai kantor; lalu pilih surat edaran di sini dan tekan Buat jadwal.</translation>
    </message>
    <message>
        <source>There is no policy (surat edaran) yet. Import one first; then choose it here and press Generate.</source>
        <translation>Belum ada surat edaran. Impor dulu surat edaran; lalu pilih di sini dan tekan Buat jadwal.</translation>
    </message>
    <message>
        <source>There is no roster for this unit in these days. Choose a policy above and press Generate; SE {number} covers {start} to {end}.</source>
        <translation>Belum ada jadwal unit ini pada hari-hari ini. Pilih surat edaran di atas lalu tekan Buat jadwal; SE {number} berlaku {start} sampai {end}.</translation>
    </message>
    <message>
        <source>Rules that gave way in the shown days ({n}):</source>
        <translation>Aturan yang dikalahkan pada hari yang ditampilkan ({n}):</translation>
    </message>
    <message>
        <source>... and {n} more</source>
        <translation>... dan {n} lainnya</translation>
    </message>
    <message>
        <source>Every rule holds in the shown days.</source>
        <translation>Semua aturan terpenuhi pada hari yang ditampilkan.</translation>
    </message>
    <message>
        <source>{date}, {unit}: {detail} on site, above the on-site cap; the cap gave way to {other}.</source>
        <translation>{date}, {unit}: {detail} di kantor, melebihi batas pegawai di kantor; batas itu dikalahkan oleh {other}.</translation>
    </message>
    <message>
        <source>{date}, {unit}: the minimum on-site composition is not met ({detail}); it gave way to {other}.</source>
        <translation>{date}, {unit}: komposisi minimum di kantor tidak terpenuhi ({detail}); aturan itu dikalahkan oleh {other}.</translation>
    </message>
    <message>
        <source>{date}, {unit}: the rule "{rule}" gave way to "{other}" ({detail}).</source>
        <translation>{date}, {unit}: aturan "{rule}" dikalahkan oleh "{other}" ({detail}).</translation>
    </message>
    <message>
        <source>{name}: {date} {old} removed</source>
        <translation>{name}: {date} {old} dihapus</translation>
    </message>
    <message>
        <source>{name}: {date} {old} -&gt; {new}</source>
        <translation>{name}: {date} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Choose a unit and a policy first.</source>
        <translation>Pilih unit dan surat edaran terlebih dahulu.</translation>
    </message>
    <message>
        <source>Generating the roster under SE {number}...</source>
        <translation>Membuat jadwal menurut SE {number}...</translation>
    </message>
    <message>
        <source>SE {number} has no working days in its period; nothing was generated.</source>
        <translation>SE {number} tidak memiliki hari kerja dalam masa berlakunya; tidak ada jadwal yang dibuat.</translation>
    </message>
    <message>
        <source>SE {number}, {start} to {end}, {days} working days: {added} added, {changed} changed, {removed} removed, {same} unchanged.</source>
        <translation>SE {number}, {start} sampai {end}, {days} hari kerja: {added} ditambahkan, {changed} diubah, {removed} dihapus, {same} tidak berubah.</translation>
    </message>
    <message>
        <source>Rules gave way on {n} unit-day(s) of the period; those of the shown days are listed below.</source>
        <translation>Ada aturan yang dikalahkan pada {n} hari-unit dalam masa itu; yang jatuh pada hari yang ditampilkan tercantum di bawah.</translation>
    </message>
    <message>
        <source>{n} entries set by hand break a rule (marked !).</source>
        <translation>{n} isian manual melanggar aturan (bertanda !).</translation>
    </message>
    <message>
        <source>What moved:</source>
        <translation>Yang berubah:</translation>
    </message>
    <message>
        <source>{name} set to {mode} on {date} by hand.</source>
        <translation>{name} diatur manual menjadi {mode} pada {date}.</translation>
    </message>
    <message>
        <source>{name} on {date} is back to the rules: {mode}.</source>
        <translation>{name} pada {date} kembali mengikuti aturan: {mode}.</translation>
    </message>
    <message>
        <source>This breaks the rule "{rule}" of SE {number}.</source>
        <translation>Ini melanggar aturan "{rule}" dalam SE {number}.</translation>
    </message>
    <message>
        <source>Others moved to keep the rules:</source>
        <translation>Pegawai lain yang digeser agar aturan tetap terpenuhi:</translation>
    </message>
    <message>
        <source>Set to WFO (office)</source>
        <translation>Jadikan WFO (kantor)</translation>
    </message>
    <message>
        <source>Set to WFH (home)</source>
        <translation>Jadikan WFH (rumah)</translation>
    </message>
    <message>
        <source>Release (back to the rules)</source>
        <translation>Lepaskan (kembali ke aturan)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Unexpected error ({kind}): {message}</source>
        <translation>Kesalahan tak terduga ({kind}): {message}</translation>
    </message>
    <message>
        <source>WFH Desktop</source>
        <translation>WFH Desktop</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Mohon tunggu</translation>
    </message>
</context>
<context>
    <name>SendersModel</name>
    <message>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Phone / e-mail</source>
        <translation>Telepon / e-mail</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Pesan pertama</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Letterhead (kop)</source>
        <translation>Kop Surat</translation>
    </message>
    <message>
        <source>Government:</source>
        <translation>Pemerintah:</translation>
    </message>
    <message>
        <source>for example PEMERINTAH PROVINSI KALIMANTAN SELATAN</source>
        <translation>misalnya PEMERINTAH PROVINSI KALIMANTAN SELATAN</translation>
    </message>
    <message>
        <source>Office (OPD):</source>
        <translation>Perangkat daerah (OPD):</translation>
    </message>
    <message>
        <source>for example BADAN KEPEGAWAIAN DAERAH</source>
        <translation>misalnya BADAN KEPEGAWAIAN DAERAH</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>for example Jl. Jenderal Sudirman No. 14 Banjarmasin 70114</source>
        <translation>misalnya Jl. Jenderal Sudirman No. 14 Banjarmasin 70114</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>for example (0511) 3350321</source>
        <translation>misalnya (0511) 3350321</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>for example bkd@kalselprov.go.id</source>
        <translation>misalnya bkd@kalselprov.go.id</translation>
    </message>
    <message>
        <source>City (place of signing):</source>
        <translation>Kota (tempat penandatanganan):</translation>
    </message>
    <message>
        <source>for example Banjarmasin</source>
        <translation>misalnya Banjarmasin</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Pilih Logo...</translation>
    </message>
    <message>
        <source>A PNG or JPEG image under 1 MB</source>
        <translation>Gambar PNG atau JPEG di bawah 1 MB</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus Logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Unit head (signs at the right)</source>
        <translation>Kepala unit (menandatangani di kanan)</translation>
    </message>
    <message>
        <source>for example Kepala Badan Kepegawaian Daerah</source>
        <translation>misalnya Kepala Badan Kepegawaian Daerah</translation>
    </message>
    <message>
        <source>Superior who countersigns ("Mengetahui", at the left)</source>
        <translation>Atasan yang mengetahui ("Mengetahui", di kiri)</translation>
    </message>
    <message>
        <source>for example Sekretaris Daerah</source>
        <translation>misalnya Sekretaris Daerah</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <source>One backup is made on each day the program is used; older ones are deleted.</source>
        <translation>Satu cadangan dibuat pada setiap hari program dipakai; cadangan yang lebih lama dihapus.</translation>
    </message>
    <message>
        <source>Days of backups to keep:</source>
        <translation>Lama menyimpan cadangan (hari):</translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation>Cadangkan sekarang...</translation>
    </message>
    <message>
        <source>Save a copy of the database, for example on a USB stick</source>
        <translation>Simpan salinan basis data, misalnya di flashdisk</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Pulihkan...</translation>
    </message>
    <message>
        <source>Replace the database by a backup</source>
        <translation>Ganti basis data dengan sebuah cadangan</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Rank (pangkat):</source>
        <translation>Pangkat:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>with academic titles, for example Dr. H. Ahmad, S.H., M.Si.</source>
        <translation>dengan gelar, misalnya Dr. H. Ahmad, S.H., M.Si.</translation>
    </message>
    <message>
        <source>18 digits, spaces allowed</source>
        <translation>18 digit, boleh dengan spasi</translation>
    </message>
    <message>
        <source>One automatic backup a day, kept in {folder}</source>
        <translation>Satu cadangan otomatis per hari, disimpan di {folder}</translation>
    </message>
    <message>
        <source>The backups of the last {days} days of use are kept.</source>
        <translation>Cadangan dari {days} hari pemakaian terakhir disimpan.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <source>Backup written to {path} ({size}).</source>
        <translation>Cadangan ditulis ke {path} ({size}).</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Mencadangkan...</translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation>Mencadangkan basis data...</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Pilih cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Replace the database
{db}
by the backup
{file}?

The current database is kept in the backups folder first. WFH Desktop closes after the restore; start it again to work on the restored data.</source>
        <translation>Ganti basis data
{db}
dengan cadangan
{file}?

Basis data yang sekarang disimpan lebih dahulu di folder backups. WFH Desktop ditutup setelah pemulihan; jalankan lagi untuk bekerja dengan data yang dipulihkan.</translation>
    </message>
    <message>
        <source>The database was restored from {file}.</source>
        <translation>Basis data telah dipulihkan dari {file}.</translation>
    </message>
    <message>
        <source>The database as it was is kept in {kept}.</source>
        <translation>Basis data sebelum dipulihkan disimpan di {kept}.</translation>
    </message>
    <message>
        <source>WFH Desktop closes now. Start it again to go on working.</source>
        <translation>WFH Desktop sekarang ditutup. Jalankan lagi untuk melanjutkan pekerjaan.</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih Logo</translation>
    </message>
    <message>
        <source>The image cannot be read; save it again as PNG.</source>
        <translation>Gambar tidak dapat dibaca; simpan ulang sebagai PNG.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member - {name}</source>
        <translation>Ubah data pegawai - {name}</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Tambah pegawai</translation>
    </message>
    <message>
        <source>18 digits, spaces allowed</source>
        <translation>18 digit, boleh dengan spasi</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>Full name with academic titles</source>
        <translation>Nama lengkap dengan gelar</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
    </message>
    <message>
        <source>name@example.go.id</source>
        <translation>nama@contoh.go.id</translation>
    </message>
    <message>
        <source>(from eselon)</source>
        <translation>(menurut eselon)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(pilih unit kerja)</translation>
    </message>
    <message>
        <source>L - male</source>
        <translation>L - laki-laki</translation>
    </message>
    <message>
        <source>P - female</source>
        <translation>P - perempuan</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Hamil</translation>
    </message>
    <message>
        <source>Comorbid</source>
        <translation>Komorbid</translation>
    </message>
    <message>
        <source>Public-service role</source>
        <translation>Layanan publik</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>&amp;Employment type</source>
        <translation>Jenis &amp;pegawai</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ama</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Tanggal &amp;lahir</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Jenis kelam&amp;in</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit kerja</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Tingkat</translation>
    </message>
    <message>
        <source>E&amp;selon</source>
        <translation>&amp;Eselon</translation>
    </message>
    <message>
        <source>&amp;Golongan</source>
        <translation>&amp;Golongan</translation>
    </message>
    <message>
        <source>Conditions and contact</source>
        <translation>Kondisi dan kontak</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Telep&amp;on</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Still to complete: {fields}</source>
        <translation>Masih perlu dilengkapi: {fields}</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Jenis pegawai</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>Born {date}, {sex}, CPNS since {start}</source>
        <translation>Lahir {date}, {sex}, CPNS sejak {start}</translation>
    </message>
    <message>
        <source>Born {date}, {sex}, appointed in {year}</source>
        <translation>Lahir {date}, {sex}, diangkat tahun {year}</translation>
    </message>
    <message>
        <source>from the NIP</source>
        <translation>dari NIP</translation>
    </message>
    <message>
        <source>Born {date}, {sex}</source>
        <translation>Lahir {date}, {sex}</translation>
    </message>
    <message>
        <source>from the NIK</source>
        <translation>dari NIK</translation>
    </message>
    <message>
        <source>Pangkat: {name}</source>
        <translation>Pangkat: {name}</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>NIP: {value}</source>
        <translation>NIP: {value}</translation>
    </message>
    <message>
        <source>NIK: {value}</source>
        <translation>NIK: {value}</translation>
    </message>
    <message>
        <source>Type: {value}</source>
        <translation>Jenis pegawai: {value}</translation>
    </message>
    <message>
        <source>Position: {value}</source>
        <translation>Jabatan: {value}</translation>
    </message>
    <message>
        <source>Level: {value}</source>
        <translation>Tingkat: {value}</translation>
    </message>
    <message>
        <source>Golongan: {value}</source>
        <translation>Golongan: {value}</translation>
    </message>
    <message>
        <source>Unit: {code} - {name}</source>
        <translation>Unit kerja: {code} - {name}</translation>
    </message>
    <message>
        <source>Born: {date} (age {age})</source>
        <translation>Lahir: {date} (usia {age})</translation>
    </message>
    <message>
        <source>Sex: {value}</source>
        <translation>Jenis kelamin: {value}</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>hamil</translation>
    </message>
    <message>
        <source>comorbid</source>
        <translation>komorbid</translation>
    </message>
    <message>
        <source>public service</source>
        <translation>layanan publik</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>guru</translation>
    </message>
    <message>
        <source>Marked: {value}</source>
        <translation>Keterangan: {value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Telepon: {value}</translation>
    </message>
    <message>
        <source>E-mail: {value}</source>
        <translation>E-mail: {value}</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Search name, NIP, position...</source>
        <translation>Cari nama, NIP, jabatan...</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Tampilkan nonaktif</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Tambah...</translation>
    </message>
    <message>
        <source>Add a staff member (Ctrl+N)</source>
        <translation>Tambah pegawai (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
    <message>
        <source>Edit the selected staff member (Enter)</source>
        <translation>Ubah data pegawai yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected staff member (Delete)</source>
        <translation>Nonaktifkan atau aktifkan kembali pegawai yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Impor...</translation>
    </message>
    <message>
        <source>Import staff from a CSV or Excel file</source>
        <translation>Impor pegawai dari berkas CSV atau Excel</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <source>Export all staff to a CSV or Excel file</source>
        <translation>Ekspor semua pegawai ke berkas CSV atau Excel</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Riwayat...</translation>
    </message>
    <message>
        <source>Every change of the selected staff member: when, where and by whom (Ctrl+H)</source>
        <translation>Semua perubahan data pegawai yang dipilih: kapan, di mana, dan oleh siapa (Ctrl+H)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>{shown} of {total} staff</source>
        <translation>{shown} dari {total} pegawai</translation>
    </message>
    <message>
        <source>No staff yet.
Add a staff member (Ctrl+N) or import a CSV or Excel file.</source>
        <translation>Belum ada pegawai.
Tambah pegawai (Ctrl+N) atau impor berkas CSV atau Excel.</translation>
    </message>
    <message>
        <source>No staff match the search.</source>
        <translation>Tidak ada pegawai yang cocok dengan pencarian.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Akti&amp;fkan kembali</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Ubah...</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Riwayat...</translation>
    </message>
    <message>
        <source>Reactivate {name}?</source>
        <translation>Aktifkan kembali {name}?</translation>
    </message>
    <message>
        <source>Deactivate {name}? Inactive staff are left out of rosters and attendance sheets; the record is kept and can be reactivated.</source>
        <translation>Nonaktifkan {name}? Pegawai nonaktif tidak dimasukkan ke jadwal dan daftar hadir; datanya tetap disimpan dan dapat diaktifkan kembali.</translation>
    </message>
    <message>
        <source>{name} is now inactive; tick "Show inactive" to see inactive staff.</source>
        <translation>{name} sekarang nonaktif; centang "Tampilkan nonaktif" untuk melihat pegawai nonaktif.</translation>
    </message>
    <message>
        <source>{count} staff written to {path}</source>
        <translation>{count} pegawai ditulis ke {path}</translation>
    </message>
    <message>
        <source>Exporting staff...</source>
        <translation>Mengekspor pegawai...</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>Impor pegawai</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.xlsx)</source>
        <translation>Berkas CSV atau Excel (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation>Ekspor pegawai</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx);;CSV files (*.csv)</source>
        <translation>Berkas Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>StaffPickModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Search: name, NIP, unit, position...</source>
        <translation>Cari: nama, NIP, unit, jabatan...</translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>{n} staff</source>
        <translation>{n} pegawai</translation>
    </message>
</context>
<context>
    <name>SyncExchange</name>
    <message>
        <source>Choose the office, check what will go out, then save the sync file and send it to that office by USB stick, e-mail or WhatsApp.</source>
        <translation>Pilih kantor tujuan, periksa data yang akan dikirim, lalu simpan berkas sinkronisasi dan kirim ke kantor itu lewat flashdisk, e-mail, atau WhatsApp.</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Kirim ke:</translation>
    </message>
    <message>
        <source>What will go out</source>
        <translation>Data yang akan dikirim</translation>
    </message>
    <message>
        <source>&amp;Save sync file...</source>
        <translation>&amp;Simpan berkas sinkronisasi...</translation>
    </message>
    <message>
        <source>Open a sync file received from a registered office, or drop it on this page. It is checked first: a damaged or forged file changes nothing.</source>
        <translation>Buka berkas sinkronisasi dari kantor yang terdaftar, atau seret berkasnya ke halaman ini. Berkas diperiksa dulu: berkas yang rusak atau palsu tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>&amp;Open sync file...</source>
        <translation>&amp;Buka berkas sinkronisasi...</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Perubahan yang ditolak</translation>
    </message>
    <message>
        <source>The same field was changed in two places without either seeing the other. Every office shows the same value for now; keep it or use the other one. The decision travels with the next sync file.</source>
        <translation>Isian yang sama diubah di dua tempat tanpa saling tahu. Untuk sementara semua kantor menampilkan nilai yang sama; pertahankan nilai itu atau pakai nilai yang lain. Keputusan ini ikut terkirim dengan berkas sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Tampilkan konflik yang sudah selesai</translation>
    </message>
    <message>
        <source>&amp;Keep shown value</source>
        <translation>&amp;Pertahankan nilai ini</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>Pakai &amp;nilai lain</translation>
    </message>
    <message>
        <source>Changes an OPD made to data the BKD keeps (staff, units, policies). They are not applied until the BKD accepts them.</source>
        <translation>Perubahan dari OPD atas data yang dikelola BKD (pegawai, unit, kebijakan). Perubahan ini baru berlaku setelah BKD menerimanya.</translation>
    </message>
    <message>
        <source>Proposals from OPDs</source>
        <translation>Usulan dari OPD</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>T&amp;olak</translation>
    </message>
    <message>
        <source>Close the proposal and keep the BKD's data; the OPD's edit gives way to it at the OPD's next import</source>
        <translation>Tutup usulan dan pertahankan data BKD; perubahan OPD akan diganti data BKD pada impor berikutnya di OPD</translation>
    </message>
    <message>
        <source>Save the sync file</source>
        <translation>Simpan berkas sinkronisasi</translation>
    </message>
    <message>
        <source>Open a sync file</source>
        <translation>Buka berkas sinkronisasi</translation>
    </message>
    <message>
        <source>All offices (everything, for a first exchange)</source>
        <translation>Semua kantor (seluruh data, untuk pertukaran pertama)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will go out.</source>
        <translation>
            <numerusform>%n perubahan akan dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new for this office: the file would only say what this office has.</source>
        <translation>Tidak ada yang baru untuk kantor ini: berkas hanya memberi tahu data yang sudah dimiliki kantor ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n konflik terbuka</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflict.</source>
        <translation>Tidak ada konflik terbuka.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) waiting</source>
        <translation>
            <numerusform>%n usulan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposal waits.</source>
        <translation>Tidak ada usulan yang menunggu.</translation>
    </message>
    <message>
        <source>Value kept: {value} ({source})</source>
        <translation>Nilai dipakai: {value} ({source})</translation>
    </message>
    <message>
        <source>Other value: {value} ({source})</source>
        <translation>Nilai lain: {value} ({source})</translation>
    </message>
    <message>
        <source>Writing {path}...</source>
        <translation>Menulis {path}...</translation>
    </message>
    <message>
        <source>Saved {total} change(s) to {path}</source>
        <translation>{total} perubahan tersimpan di {path}</translation>
    </message>
    <message>
        <source>Send this file to {office} by USB stick, e-mail or WhatsApp; there it is opened under Sync &gt; Receive data.</source>
        <translation>Kirim berkas ini ke {office} lewat flashdisk, e-mail, atau WhatsApp; di sana berkas dibuka di Sinkronisasi &gt; Terima data.</translation>
    </message>
    <message>
        <source>the offices</source>
        <translation>kantor-kantor tujuan</translation>
    </message>
    <message>
        <source>Writing the sync file...</source>
        <translation>Menulis berkas sinkronisasi...</translation>
    </message>
    <message>
        <source>Reading {path}...</source>
        <translation>Membaca {path}...</translation>
    </message>
    <message>
        <source>The file was refused. Nothing was changed.</source>
        <translation>Berkas ditolak. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Reading the sync file...</source>
        <translation>Membaca berkas sinkronisasi...</translation>
    </message>
    <message>
        <source>Received from {sender}: {path}</source>
        <translation>Diterima dari {sender}: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>%n perubahan diterapkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n sudah ada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see below)</source>
        <translation>
            <numerusform>%n ditolak (lihat di bawah)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) wait for a decision (tab Proposals)</source>
        <translation>
            <numerusform>%n usulan menunggu keputusan (tab Usulan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) (tab Conflicts)</source>
        <translation>
            <numerusform>%n konflik baru (tab Konflik)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local record(s) joined with the BKD's</source>
        <translation>
            <numerusform>%n data lokal disatukan dengan data BKD</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>Refused changes:</source>
        <translation>Perubahan yang ditolak:</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Jenis pegawai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Hamil</translation>
    </message>
    <message>
        <source>Comorbidity</source>
        <translation>Komorbid</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Layanan publik</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Guru</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Mode kerja</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Policy (SE)</source>
        <translation>Surat edaran (SE)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan penentu</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Diatur manual</translation>
    </message>
    <message>
        <source>Set by hand by</source>
        <translation>Diatur manual oleh</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Aturan yang dilanggar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Jam datang</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Jam pulang</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>Menit terlambat</translation>
    </message>
    <message>
        <source>Minutes left early</source>
        <translation>Menit pulang sebelum waktunya</translation>
    </message>
    <message>
        <source>Late code</source>
        <translation>Kode terlambat</translation>
    </message>
    <message>
        <source>Early leave code</source>
        <translation>Kode pulang sebelum waktunya</translation>
    </message>
    <message>
        <source>Minutes worked</source>
        <translation>Menit kerja</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Versi berlaku</translation>
    </message>
    <message>
        <source>Keyed by</source>
        <translation>Diisi oleh</translation>
    </message>
    <message>
        <source>Keyed at</source>
        <translation>Diisi pada</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil verifikasi</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Diverifikasi oleh</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>Diverifikasi pada</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ditandatangani pada</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku dari</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>SyncKinds</name>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Kebijakan</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Attendance codes</source>
        <translation>Kode kehadiran</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Ketidakhadiran</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Roster clashes</source>
        <translation>Bentrok jadwal</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Attendance locks</source>
        <translation>Kunci kehadiran</translation>
    </message>
    <message>
        <source>Month closures</source>
        <translation>Tutup bulan</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <source>Report items</source>
        <translation>Butir laporan</translation>
    </message>
    <message>
        <source>Conflict decisions</source>
        <translation>Keputusan konflik</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Kirim data</translation>
    </message>
    <message>
        <source>Receive data</source>
        <translation>Terima data</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Proposals from OPDs</source>
        <translation>Usulan dari OPD</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>The other office compares this with the file you send it</source>
        <translation>Kantor lain mencocokkan ini dengan berkas yang Anda kirim</translation>
    </message>
    <message>
        <source>BKD (the hub of the region)</source>
        <translation>BKD (pusat kepegawaian daerah)</translation>
    </message>
    <message>
        <source>OPD (a regional office: choose its unit)</source>
        <translation>OPD (perangkat daerah: pilih unitnya)</translation>
    </message>
    <message>
        <source>choose the unit...</source>
        <translation>pilih unit...</translation>
    </message>
    <message>
        <source>the unit's name, or BKD</source>
        <translation>nama unit, atau BKD</translation>
    </message>
    <message>
        <source>Registered with other offices: the role and unit can no longer change.</source>
        <translation>Sudah terdaftar di kantor lain: peran dan unit tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <source>Site id:</source>
        <translation>ID situs:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Registration file</source>
        <translation>Berkas pendaftaran</translation>
    </message>
    <message>
        <source>Save this office's registration file and send it to the other office by USB stick, e-mail or WhatsApp. Then phone that office and read this office's fingerprint aloud: it shows the file comes from you.</source>
        <translation>Simpan berkas pendaftaran kantor ini dan kirim ke kantor lain lewat flashdisk, e-mail, atau WhatsApp. Lalu telepon kantor itu dan bacakan sidik jari kantor ini: itulah bukti berkas berasal dari Anda.</translation>
    </message>
    <message>
        <source>Save registration &amp;file...</source>
        <translation>Simpan berkas &amp;pendaftaran...</translation>
    </message>
    <message>
        <source>Register another office</source>
        <translation>Daftarkan kantor lain</translation>
    </message>
    <message>
        <source>&amp;Register another office...</source>
        <translation>&amp;Daftarkan kantor lain...</translation>
    </message>
    <message>
        <source>Registered offices</source>
        <translation>Kantor terdaftar</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <source>Proposals from OPDs (%1)</source>
        <translation>Usulan dari OPD (%1)</translation>
    </message>
    <message>
        <source>First choose BKD or OPD and save.</source>
        <translation>Pilih dulu BKD atau OPD, lalu simpan.</translation>
    </message>
    <message>
        <source>An OPD registers the BKD once: ask the BKD for its registration file, then check its fingerprint with the BKD by phone.</source>
        <translation>OPD cukup sekali mendaftarkan BKD: minta berkas pendaftaran BKD, lalu cocokkan sidik jarinya dengan BKD lewat telepon.</translation>
    </message>
    <message>
        <source>The BKD registers each OPD: ask the OPD for its registration file, then check its fingerprint with the OPD by phone.</source>
        <translation>BKD mendaftarkan setiap OPD: minta berkas pendaftaran OPD itu, lalu cocokkan sidik jarinya dengan OPD tersebut lewat telepon.</translation>
    </message>
    <message>
        <source>Say first whether this office is the BKD or an OPD, and save.</source>
        <translation>Tentukan dulu apakah kantor ini BKD atau OPD, lalu simpan.</translation>
    </message>
    <message>
        <source>No office is registered yet.</source>
        <translation>Belum ada kantor yang terdaftar.</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) registered</source>
        <translation>
            <numerusform>%n kantor terdaftar</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose BKD or OPD.</source>
        <translation>Pilih BKD atau OPD.</translation>
    </message>
    <message>
        <source>Choose the unit of this OPD.</source>
        <translation>Pilih unit OPD ini.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Save the registration file</source>
        <translation>Simpan berkas pendaftaran</translation>
    </message>
    <message>
        <source>Saved to {path}.
Fingerprint to read over the phone:</source>
        <translation>Tersimpan di {path}.
Sidik jari untuk dibacakan lewat telepon:</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Register another office</source>
        <translation>Daftarkan kantor lain</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Daftarkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>1. Choose the registration file the other office sent you (by USB stick, e-mail or WhatsApp).</source>
        <translation>1. Pilih berkas pendaftaran yang dikirim kantor lain (lewat flashdisk, e-mail, atau WhatsApp).</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>belum ada berkas yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>&amp;Pilih berkas...</translation>
    </message>
    <message>
        <source>What the file says</source>
        <translation>Isi berkas</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Kantor:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Site id:</source>
        <translation>ID situs:</translation>
    </message>
    <message>
        <source>Fingerprint read over the phone</source>
        <translation>Sidik jari yang dibacakan lewat telepon</translation>
    </message>
    <message>
        <source>16 characters: letters A to Z and digits 2 to 7 (no 0, 1, 8 or 9). The dashes are added for you.</source>
        <translation>16 karakter: huruf A sampai Z dan angka 2 sampai 7 (tanpa 0, 1, 8, atau 9). Tanda hubung ditambahkan otomatis.</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>Langkah %1 dari 3</translation>
    </message>
    <message>
        <source>Choose the other office's registration file</source>
        <translation>Pilih berkas pendaftaran kantor lain</translation>
    </message>
    <message>
        <source>First say what this office is (BKD or OPD) on the Sync page and save it.</source>
        <translation>Tentukan dulu jenis kantor ini (BKD atau OPD) di halaman Sinkronisasi, lalu simpan.</translation>
    </message>
    <message>
        <source>This is the registration file of this office itself. Choose the file the other office sent you.</source>
        <translation>Ini berkas pendaftaran kantor ini sendiri. Pilih berkas yang dikirim kantor lain.</translation>
    </message>
    <message>
        <source>This file is of an OPD. An OPD registers only the BKD.</source>
        <translation>Berkas ini milik OPD. OPD hanya mendaftarkan BKD.</translation>
    </message>
    <message>
        <source>This file is of a BKD. The BKD registers only OPDs.</source>
        <translation>Berkas ini milik BKD. BKD hanya mendaftarkan OPD.</translation>
    </message>
    <message>
        <source>2. Phone {office} and ask them to read out the fingerprint shown on their Sync page. Type it here as you hear it.</source>
        <translation>2. Telepon {office} dan minta mereka membacakan sidik jari di halaman Sinkronisasi mereka. Ketik di sini sesuai yang Anda dengar.</translation>
    </message>
    <message>
        <source>Type all 16 characters of the fingerprint.</source>
        <translation>Ketik semua 16 karakter sidik jari.</translation>
    </message>
    <message>
        <source>The fingerprint does not match this file. Nothing was registered.
Ask the other office to read it again, slowly. If it still differs, do not use this file: it may not come from that office.</source>
        <translation>Sidik jari tidak cocok dengan berkas ini. Tidak ada yang didaftarkan.
Minta kantor itu membacakannya lagi pelan-pelan. Jika tetap berbeda, jangan pakai berkas ini: mungkin bukan dari kantor tersebut.</translation>
    </message>
    <message>
        <source>Nothing was registered.</source>
        <translation>Tidak ada yang didaftarkan.</translation>
    </message>
    <message>
        <source>{office} is registered.</source>
        <translation>{office} berhasil didaftarkan.</translation>
    </message>
    <message>
        <source>It is listed under Registered offices on the Sync page.</source>
        <translation>Kini tercantum di bagian Kantor terdaftar pada halaman Sinkronisasi.</translation>
    </message>
    <message>
        <source>{office} was registered already.</source>
        <translation>{office} sudah terdaftar sebelumnya.</translation>
    </message>
    <message>
        <source>Its name and unit were updated.</source>
        <translation>Nama dan unitnya diperbarui.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Ubah Unit</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Tambah Unit</translation>
    </message>
    <message>
        <source>for example BKD-MUT</source>
        <translation>misalnya BKD-MUT</translation>
    </message>
    <message>
        <source>for example Bidang Mutasi</source>
        <translation>misalnya Bidang Mutasi</translation>
    </message>
    <message>
        <source>Serves the public (staff stay in office)</source>
        <translation>Melayani publik (pegawai tetap di kantor)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Parent unit:</source>
        <translation>Unit induk:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>(none: a top-level unit)</source>
        <translation>(tidak ada: unit tingkat teratas)</translation>
    </message>
</context>
<context>
    <name>UnitTypes</name>
    <message>
        <source>Agency (dinas)</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Board (badan)</source>
        <translation>Badan</translation>
    </message>
    <message>
        <source>Inspectorate</source>
        <translation>Inspektorat</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Regional hospital (RSUD)</source>
        <translation>RSUD</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Urban village (kelurahan)</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Technical unit (UPTD)</source>
        <translation>UPTD</translation>
    </message>
    <message>
        <source>Health centre (puskesmas)</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Layanan publik</translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation>Pegawai aktif</translation>
    </message>
    <message>
        <source>Active staff placed in the unit itself, not in its sub-units</source>
        <translation>Pegawai aktif yang ditempatkan langsung di unit ini, tidak termasuk sub-unitnya</translation>
    </message>
    <message>
        <source>Add unit...</source>
        <translation>Tambah Unit...</translation>
    </message>
    <message>
        <source>Add a unit; the selected unit is offered as its parent</source>
        <translation>Tambah unit; unit yang dipilih diusulkan sebagai induknya</translation>
    </message>
    <message>
        <source>Edit unit...</source>
        <translation>Ubah Unit...</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Riwayat...</translation>
    </message>
    <message>
        <source>Every change of the selected unit: when, where and by whom</source>
        <translation>Semua perubahan data unit yang dipilih: kapan, di mana, dan oleh siapa</translation>
    </message>
    <message>
        <source>Import units...</source>
        <translation>Impor Unit...</translation>
    </message>
    <message>
        <source>Export units...</source>
        <translation>Ekspor Unit...</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active staff</source>
        <translation>
            <numerusform>%n pegawai aktif</numerusform>
        </translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Impor Unit</translation>
    </message>
    <message>
        <source>Units not imported</source>
        <translation>Unit tidak diimpor</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have errors; nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>%n baris pada %1 mengandung kesalahan; tidak ada data yang diimpor. Perbaiki berkas lalu impor kembali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Units imported</source>
        <translation>Unit berhasil diimpor</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 ditambahkan, %2 diperbarui, %3 tidak berubah.</translation>
    </message>
    <message>
        <source>Export units</source>
        <translation>Ekspor Unit</translation>
    </message>
    <message>
        <source>Units not exported</source>
        <translation>Unit tidak diekspor</translation>
    </message>
    <message>
        <source>Units exported</source>
        <translation>Unit berhasil diekspor</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1.</source>
        <translation>
            <numerusform>%n unit ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message numerus="yes">
        <source>%n failed log-in(s) since the last success</source>
        <translation>
            <numerusform>%n kali gagal masuk sejak terakhir berhasil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Administrators manage accounts and settings; operators keep the staff register, rosters, attendance and daily reports; supervisors verify reports, lock days and correct locked attendance; viewers only read, print and export.</source>
        <translation>Administrator mengelola akun dan pengaturan; operator mengurus data pegawai, jadwal, kehadiran dan laporan harian; supervisor memverifikasi laporan, mengunci hari dan mengoreksi kehadiran yang terkunci; pemantau hanya membaca, mencetak dan mengekspor.</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>&amp;Tambah pengguna...</translation>
    </message>
    <message>
        <source>Change &amp;role...</source>
        <translation>Ubah &amp;peran...</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Atur &amp;kata sandi...</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>Peran baru %1:</translation>
    </message>
    <message>
        <source>%1 accounts, %2 active</source>
        <translation>%1 akun, %2 aktif</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>Enable the account %1 again?</source>
        <translation>Aktifkan lagi akun %1?</translation>
    </message>
    <message>
        <source>Disable the account %1? It can no longer log in; what it did stays in the audit log.</source>
        <translation>Nonaktifkan akun %1? Akun ini tidak dapat masuk lagi; apa yang pernah dilakukannya tetap ada di log audit.</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
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
    <name>WorkingHoursDialog</name>
    <message>
        <source>Working hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Jam masuk</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Jam pulang</translation>
    </message>
    <message>
        <source>Break from</source>
        <translation>Istirahat mulai</translation>
    </message>
    <message>
        <source>Break until</source>
        <translation>Istirahat sampai</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>&amp;Central rule</source>
        <translation>Aturan &amp;pusat</translation>
    </message>
    <message>
        <source>Monday-Thursday 07:30-16:00 (break 12:00-13:00), Friday 07:30-16:30 (break 11:30-13:00)</source>
        <translation>Senin-Kamis 07:30-16:00 (istirahat 12:00-13:00), Jumat 07:30-16:30 (istirahat 11:30-13:00)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Late arrival and early leave are measured against these hours when an entry is keyed; entries keyed before a change keep their measure. Which dates are working days is set by the policy (SE) and the holiday calendar.</source>
        <translation>Keterlambatan dan pulang sebelum waktunya dihitung berdasarkan jam ini pada saat isian diisi; isian yang diisi sebelum perubahan tetap memakai perhitungan lama. Hari-hari yang merupakan hari kerja ditetapkan oleh surat edaran (SE) dan kalender hari libur.</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <source>(corrected; was {original})</source>
        <translation>(koreksi; asli: {original})</translation>
    </message>
</context>
</TS>