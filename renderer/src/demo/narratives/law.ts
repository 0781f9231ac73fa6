/** The law a mediator explains in a session, per dispute type. */
import type { DisputeType } from '../../domain/cases/catalogues'

export const LAW: Record<DisputeType, string> = {
  'marriage-family': '《中华人民共和国民法典》婚姻家庭编',
  neighbourhood: '《中华人民共和国民法典》第二百八十八条关于相邻关系的规定',
  'housing-homestead': '《中华人民共和国民法典》物权编',
  contract: '《中华人民共和国民法典》合同编',
  'production-business': '《中华人民共和国民法典》合同编及合伙合同的有关规定',
  damages: '《中华人民共和国民法典》侵权责任编',
  'forest-land': '《中华人民共和国农村土地承包法》',
  'land-acquisition': '《中华人民共和国土地管理法》及征收补偿有关政策',
  environment: '《中华人民共和国民法典》第一千二百二十九条及环境噪声、大气污染防治的有关规定',
  labour: '《中华人民共和国劳动合同法》和《保障农民工工资支付条例》',
  consumer: '《中华人民共和国消费者权益保护法》',
  medical: '《医疗纠纷预防和处理条例》',
  traffic: '《中华人民共和国道路交通安全法》第七十六条',
  'property-management': '《物业管理条例》和物业服务合同的约定',
  other: '《中华人民共和国民法典》的有关规定',
}
