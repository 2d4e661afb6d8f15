<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>Cli</name>
    <message numerus="yes">
      <source>%n dossiers written to %1</source>
      <translation>
        <numerusform>%n dossier written to %1</numerusform>
        <numerusform>%n dossiers written to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1, version %2 (%n offers)</source>
      <translation>
        <numerusform>%1, version %2 (%n offer)</numerusform>
        <numerusform>%1, version %2 (%n offers)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Dossier</name>
    <message numerus="yes">
      <source>%n employees</source>
      <translation>
        <numerusform>%n employee</numerusform>
        <numerusform>%n employees</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The CCNL's welfare is due for blue-collar and white-collar workers and middle managers: %n executives are under a contract and a fund of their own.</source>
      <translation>
        <numerusform>The CCNL's welfare is due for blue-collar and white-collar workers and middle managers: %n executive is under a contract and a fund of their own.</numerusform>
        <numerusform>The CCNL's welfare is due for blue-collar and white-collar workers and middle managers: %n executives are under a contract and a fund of their own.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n child-weeks</source>
      <translation>
        <numerusform>%n child-week</numerusform>
        <numerusform>%n child-weeks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n months</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hours</source>
      <translation>
        <numerusform>%n hour</numerusform>
        <numerusform>%n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n uses</source>
      <translation>
        <numerusform>%n use</numerusform>
        <numerusform>%n uses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more pooled offer is waiting to activate</source>
      <translation>
        <numerusform>%n more pooled offer is waiting to activate</numerusform>
        <numerusform>%n more pooled offers are waiting to activate</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more offers: see the plan</source>
      <translation>
        <numerusform>%n more offer: see the plan</numerusform>
        <numerusform>%n more offers: see the plan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n offers</source>
      <translation>
        <numerusform>%n offer</numerusform>
        <numerusform>%n offers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n blue-collar workers</source>
      <translation>
        <numerusform>%n blue-collar worker</numerusform>
        <numerusform>%n blue-collar workers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n white-collar workers</source>
      <translation>
        <numerusform>%n white-collar worker</numerusform>
        <numerusform>%n white-collar workers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n middle managers</source>
      <translation>
        <numerusform>%n middle manager</numerusform>
        <numerusform>%n middle managers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n executives</source>
      <translation>
        <numerusform>%n executive</numerusform>
        <numerusform>%n executives</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n part-time</source>
      <translation>
        <numerusform>%n part-time</numerusform>
        <numerusform>%n part-time</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fixed-term</source>
      <translation>
        <numerusform>%n fixed-term</numerusform>
        <numerusform>%n fixed-term</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanReason</name>
    <message numerus="yes">
      <source>%n children aged %1 (total not shown, to protect anonymity)</source>
      <translation>
        <numerusform>%n child aged %1 (total not shown, to protect anonymity)</numerusform>
        <numerusform>%n children aged %1 (total not shown, to protect anonymity)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n employees with this need (total not shown, to protect anonymity)</source>
      <translation>
        <numerusform>%n employee with this need (total not shown, to protect anonymity)</numerusform>
        <numerusform>%n employees with this need (total not shown, to protect anonymity)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>all %n employees</source>
      <translation>
        <numerusform>%n employee, the whole staff</numerusform>
        <numerusform>all %n employees</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Pooling</name>
    <message numerus="yes">
      <source>%n more users needed</source>
      <translation>
        <numerusform>%n more user needed</numerusform>
        <numerusform>%n more users needed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more firms needed</source>
      <translation>
        <numerusform>%n more firm needed</numerusform>
        <numerusform>%n more firms needed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more users and %1 needed</source>
      <translation>
        <numerusform>%n more user and %1 needed</numerusform>
        <numerusform>%n more users and %1 needed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more firms</source>
      <translation>
        <numerusform>%n more firm</numerusform>
        <numerusform>%n more firms</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortfolioView</name>
    <message numerus="yes">
      <source>Write %n membership dossiers, in Italian, into %1? A file of the same name already there is replaced.</source>
      <translation>
        <numerusform>Write %n membership dossier, in Italian, into %1? A file of the same name already there is replaced.</numerusform>
        <numerusform>Write %n membership dossiers, in Italian, into %1? Files of the same name already there are replaced.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TerritoryReport</name>
    <message numerus="yes">
      <source>%n firms in the database</source>
      <translation>
        <numerusform>%n firm in the database</numerusform>
        <numerusform>%n firms in the database</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n demand files received</source>
      <translation>
        <numerusform>%n demand file received</numerusform>
        <numerusform>%n demand files received</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n pooled offers active already</source>
      <translation>
        <numerusform>%n pooled offer active already</numerusform>
        <numerusform>%n pooled offers active already</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n activate with these firms</source>
      <translation>
        <numerusform>%n activates with these firms</numerusform>
        <numerusform>%n activate with these firms</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n still need demand</source>
      <translation>
        <numerusform>%n still needs demand</numerusform>
        <numerusform>%n still need demand</numerusform>
      </translation>
    </message>
  </context>
</TS>