//! Workbooks for the tests: the seed as a workbook, and OLE files rust_xlsxwriter cannot make.
#![allow(dead_code)]

use rust_xlsxwriter::Workbook;

/// What Excel writes when a workbook has a password to open: an OLE compound file whose
/// `EncryptedPackage` stream holds the encrypted xlsx. (rust_xlsxwriter cannot encrypt.)
pub fn encrypted_package() -> Vec<u8> {
    ole_with_stream("EncryptedPackage")
}

/// A minimal OLE compound file (version 3, 512-byte sectors) with one empty stream.
pub fn ole_with_stream(name: &str) -> Vec<u8> {
    const END: u32 = 0xFFFF_FFFE;
    const FREE: u32 = 0xFFFF_FFFF;
    let mut f = vec![0u8; 512 * 3];
    let put16 =
        |f: &mut Vec<u8>, at: usize, v: u16| f[at..at + 2].copy_from_slice(&v.to_le_bytes());
    let put32 =
        |f: &mut Vec<u8>, at: usize, v: u32| f[at..at + 4].copy_from_slice(&v.to_le_bytes());
    f[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    put16(&mut f, 24, 0x003E);
    put16(&mut f, 26, 3);
    put16(&mut f, 28, 0xFFFE);
    put16(&mut f, 30, 9);
    put16(&mut f, 32, 6);
    put32(&mut f, 44, 1); // one FAT sector
    put32(&mut f, 48, 1); // directory at sector 1
    put32(&mut f, 56, 4096);
    put32(&mut f, 60, END);
    put32(&mut f, 68, END);
    put32(&mut f, 76, 0); // the FAT is sector 0
    for k in 1..109 {
        put32(&mut f, 76 + 4 * k, FREE);
    }
    // FAT: sector 0 is the FAT, sector 1 a one-sector directory chain.
    let fat = 512;
    put32(&mut f, fat, 0xFFFF_FFFD);
    put32(&mut f, fat + 4, END);
    for k in 2..128 {
        put32(&mut f, fat + 4 * k, FREE);
    }
    let dir = 1024;
    let entry = |f: &mut Vec<u8>, at: usize, name: &str, kind: u8, child: u32| {
        let units: Vec<u16> = name.encode_utf16().collect();
        for (k, u) in units.iter().enumerate() {
            f[at + 2 * k..at + 2 * k + 2].copy_from_slice(&u.to_le_bytes());
        }
        f[at + 64..at + 66].copy_from_slice(&(((units.len() + 1) * 2) as u16).to_le_bytes());
        f[at + 66] = kind;
        f[at + 67] = 1;
        f[at + 68..at + 72].copy_from_slice(&FREE.to_le_bytes());
        f[at + 72..at + 76].copy_from_slice(&FREE.to_le_bytes());
        f[at + 76..at + 80].copy_from_slice(&child.to_le_bytes());
        f[at + 116..at + 120].copy_from_slice(&END.to_le_bytes());
    };
    entry(&mut f, dir, "Root Entry", 5, 1);
    entry(&mut f, dir + 128, name, 2, FREE);
    for k in 2..4 {
        let at = dir + 128 * k;
        for off in [68, 72, 76] {
            f[at + off..at + off + 4].copy_from_slice(&FREE.to_le_bytes());
        }
    }
    f
}

/// The seed's pasted text, cell by cell, into a worksheet: numbers that read back the same
/// as numbers, the rest as text.
pub fn seed_workbook() -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let text = include_str!("../data/seed.txt");
    let rows = jixiao::import::tsv::parse(text);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("2024年绩效目标表")?;
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let (r, c) = (r as u32, c as u16);
            match cell.parse::<f64>() {
                Ok(v) if jixiao::workbook::format::general(v) == *cell => {
                    ws.write_number(r, c, v)?
                }
                _ => ws.write_string(r, c, cell)?,
            };
        }
    }
    wb.save_to_buffer()
}

/// A damaged `.xls` calamine 0.31 panics on (a truncated formula record: `xls.rs`'s
/// `parse_formula`): the fixture with one byte set to 0xFF, found by trying every byte.
pub fn xls_calamine_panics_on() -> Vec<u8> {
    let mut damaged = include_bytes!("../data/book-libreoffice.xls").to_vec();
    damaged[6599] = 0xFF;
    damaged
}
