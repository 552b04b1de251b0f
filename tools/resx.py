#!/usr/bin/env python3
"""Adds or updates keys in a pair of .resx files (English neutral + Mongolian).

usage: tools/resx.py PATH/Name.resx KEY "English" "Монгол" [KEY "English" "Монгол" ...]
Creates the files if they do not exist; keeps the keys sorted so that diffs stay small.
"""
import sys, os
import xml.etree.ElementTree as ET

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def load(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): (d.find('value').text or '') for d in root.findall('data')}

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def save(path, entries):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries):
            f.write(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(entries[k])}</value></data>\n')
        f.write('</root>\n')

def main(argv):
    path = argv[1]
    rest = argv[2:]
    if len(rest) % 3:
        sys.exit('arguments after the path come in threes: KEY English Mongolian')
    mn_path = path[:-len('.resx')] + '.mn.resx'
    en, mn = load(path), load(mn_path)
    for i in range(0, len(rest), 3):
        k, e, m = rest[i:i+3]
        en[k] = e
        mn[k] = m
    save(path, en)
    save(mn_path, mn)

if __name__ == '__main__':
    main(sys.argv)
